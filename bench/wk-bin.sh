# wk — SPDX-License-Identifier: GPL-3.0-or-later
# bench/wk-bin.sh, sourced by the bench scripts once $wk (the binary to time)
# and d=$(dirname "$wk") are set: in a libtool build use the real binary in
# .libs rather than libtool's wrapper script (whose start-up is a shell), with
# lib/.libs on LD_LIBRARY_PATH.
if [ -x "$d/.libs/wk" ]; then
  export LD_LIBRARY_PATH="$d/../lib/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  wk="$d/.libs/wk"
fi
