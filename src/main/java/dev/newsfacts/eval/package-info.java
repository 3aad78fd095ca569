/**
 * The {@code eval} command: scores result documents against attribution annotations in
 * BRAT standoff (the PolNeAR layout: {@code text/*.txt}, {@code attributions/*_annotator.ann},
 * {@code metadata.tsv}). The definitions are those of the project's reference scorer
 * ({@code ../shared/eval/score.py}, its docstring); the figures must equal its figures, which
 * {@code EvalAgreementIT} checks on the PolNeAR dev split. Where Python's string semantics matter
 * (code-point offsets, {@code str.isspace}, {@code \w}), {@link dev.newsfacts.eval.PyText} copies them.
 */
package dev.newsfacts.eval;
