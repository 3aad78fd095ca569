# Sourced by bin/newsfacts (POSIX sh): the JDK's own start-up help for the CLI jar, created on first
# use and reused after. JDK 25+: an AOT cache (classes loaded and linked, plus method profiles);
# JDK 21-24: a dynamic AppCDS archive. It lives next to the jar, named after the jar's time and size
# and the JDK, so a rebuilt jar or another JDK makes a new one (the old ones are removed then). The
# first `extract` records what it loads; on JDK 25 the cache is then assembled in the background at
# low priority, so that run is barely slower. Any failure (read-only folder, a JDK that cannot, a
# cache the JVM rejects) is silent and the jar runs without it. NEWSFACTS_JVM_CACHE=0 turns it off.
#
# jvm_cache JAVA MAJOR JAR COMMAND sets jvm_cache_opts (JVM options for this run) and
# jvm_cache_after (shell code to run in the background once this run has ended, or empty).

# A short fingerprint of the jar (modification time and size) and the JDK, for the cache's name.
jvm_cache_key() {
  jar_stat=$(stat -c '%Y.%s' "$2" 2>/dev/null || stat -f '%m.%z' "$2" 2>/dev/null || ls -ln "$2")
  jdk_id=$(grep -E '^(JAVA_RUNTIME_VERSION|IMPLEMENTOR)=' "$(dirname "$1")/../release" 2>/dev/null | tr -d '\n')
  printf '%s %s %s' "$jar_stat" "$1" "$jdk_id" | cksum | cut -d' ' -f1
}

jvm_cache() {
  jvm_cache_opts=""
  jvm_cache_after=""
  [ "${NEWSFACTS_JVM_CACHE:-1}" != 0 ] || return 0
  case " ${NEWSFACTS_JAVA_OPTS:-} " in
    *AOTCache*|*AOTMode*|*SharedArchiveFile*|*ArchiveClassesAtExit*|*Xshare*) return 0 ;;
  esac
  [ "$2" -ge 21 ] 2>/dev/null || return 0
  case "$3" in *" "*) return 0 ;; esac  # the options are split on spaces
  stem="${3%.jar}.jvm"
  base="$stem-$(jvm_cache_key "$1" "$3")"
  # the JVM's own warnings about a cache it cannot use would otherwise reach stdout
  quiet="-Xlog:aot=off -Xlog:cds=off"
  if [ "$2" -ge 25 ]; then ext=aot; else ext=jsa; fi
  if [ -f "$base.$ext" ]; then
    if [ "$ext" = aot ]; then jvm_cache_opts="$quiet -XX:AOTCache=$base.aot"
    else jvm_cache_opts="$quiet -XX:SharedArchiveFile=$base.jsa -Xshare:auto"; fi
    return 0
  fi
  # create one only from an extract run (what it loads is what start-up needs), one creator at a time;
  # a lock left by a killed run is ignored after 10 minutes
  [ "$4" = extract ] && [ -w "$(dirname "$3")" ] || return 0
  lock="$base.lock"
  if [ -n "$(find "$lock" -mmin +10 2>/dev/null)" ]; then rm -f "$lock"; fi
  (set -C; : >"$lock") 2>/dev/null || return 0
  rm -f "$stem"-*.aot "$stem"-*.jsa "$stem"-*.aotconf 2>/dev/null || true
  if [ "$ext" = aot ]; then
    # the recording JVM prints "AOTConfiguration recorded" on stdout, which carries the command's output
    jvm_cache_opts="$quiet -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput -XX:AOTMode=record -XX:AOTConfiguration=$base.aotconf"
    jvm_cache_after="nice \"$1\" $quiet -XX:AOTMode=create -XX:AOTConfiguration=\"$base.aotconf\" \
-XX:AOTCache=\"$base.tmp\" -cp \"$3\" >/dev/null 2>&1 && mv \"$base.tmp\" \"$base.aot\"; rm -f \"$base.tmp\" \"$base.aotconf\" \"$lock\""
  else
    jvm_cache_opts="$quiet -XX:ArchiveClassesAtExit=$base.tmp"
    jvm_cache_after="[ -s \"$base.tmp\" ] && mv \"$base.tmp\" \"$base.jsa\"; rm -f \"$base.tmp\" \"$lock\""
  fi
}
