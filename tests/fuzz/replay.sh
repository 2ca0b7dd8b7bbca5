#!/bin/sh
# wk — SPDX-License-Identifier: GPL-3.0-or-later
# Replays the fuzz corpus through the fuzz target (a crash fails the test run).
here=$(dirname "$0")
exec ./tests/fuzz/replay "$here"/corpus/*
