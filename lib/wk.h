/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   libwk umbrella header: every public module header. */
#ifndef WK_H
#define WK_H
#include "wk_core.h"
#include "wk_lambdadet.h"
#include "wk_weyl.h"
#include "wk_cylindric.h"
#include "wk_lie.h"
#include "wk_xsff.h"
#include "wk_groups.h"
#endif
