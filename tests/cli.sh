#!/bin/sh
# wk — SPDX-License-Identifier: GPL-3.0-or-later
# The command line: options, exit statuses, scripts, pipes, --tap (TAP).
wk="${WK_BIN:-wk}"
tmp="${TMPDIR:-/tmp}/wk-cli.$$"
mkdir -p "$tmp"; trap 'rm -rf "$tmp"' EXIT
n=0
t() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }

"$wk" --version | grep -q '^wk [0-9]'; t $? "--version prints the version"
"$wk" --help | grep -q 'usage: wk'; t $? "--help prints the usage"
"$wk" --bogus > /dev/null 2>&1; [ $? = 2 ]; t $? "an unknown option exits with status 2"
[ "$("$wk" -e '6 * 7')" = 42 ]; t $? "-e prints the value"
[ "$(echo '1 + 1; 2 + 2' | "$wk")" = 4 ]; t $? "a script on a pipe runs; ';' silences"
printf 'x = 1;\ny = x +\n  2;\nprint(y)\n' > "$tmp/ok.wk"
[ "$("$wk" "$tmp/ok.wk")" = 3 ]; t $? "a script with a continued line"
printf 'a = 1;\nb = a + zz;\nprint("not reached")\n' > "$tmp/bad.wk"
out=$("$wk" "$tmp/bad.wk" 2>&1); st=$?
[ $st = 1 ]; t $? "a script error exits with status 1"
echo "$out" | grep -q "bad.wk:2:9: error: undefined name 'zz'"; t $? "...after printing file:line:col and the message"
echo "$out" | grep -q "not reached"; [ $? = 1 ]; t $? "...and stops at the first error"
printf 'check(1 == 1, "one")\nundefined_thing\ncheck_eq(2, 3, "two")\ncheck(true, "three")\n' > "$tmp/tap.wk"
out=$("$wk" --tap "$tmp/tap.wk" 2>&1); st=$?
echo "$out" | grep -q '^ok 1 - one$'; t $? "--tap: a passing check is 'ok'"
echo "$out" | grep -q '^not ok 2 - error$'; t $? "--tap: an error is 'not ok' and the script goes on"
echo "$out" | grep -q '^not ok 3 - two$'; t $? "--tap: a failing check_eq is 'not ok'"
echo "$out" | grep -q '^#   got:      2$'; t $? "--tap: ...showing both values"
echo "$out" | grep -q '^ok 4 - three$'; t $? "--tap: later checks still run"
echo "$out" | tail -1 | grep -q '^1\.\.4$'; t $? "--tap: the plan comes last"
[ $st = 1 ]; t $? "--tap: status 1 when a test failed"
printf 'read("%s/ok.wk")\n' "$tmp" > "$tmp/read.wk"
[ "$("$wk" "$tmp/read.wk")" = 3 ]; t $? "read() runs another file"
"$wk" "$tmp/missing.wk" > /dev/null 2>&1; [ $? = 1 ]; t $? "a missing script file is an error"
"$wk" --list-builtins | grep -q "^numbers	gcd	gcd(a, b, ...)"; t $? "--list-builtins"
"$wk" --reference | grep -q '^### det$'; t $? "--reference (Markdown)"
echo "1..$n"
