#!/usr/bin/python3
"""Writes the reference CSVs that the Java tests in dev.evalpress.analyse.stats compare against.

Values come from SciPy and statsmodels (Debian packages python3-scipy, python3-statsmodels), not from
evalpress code. Run from this directory:  /usr/bin/python3 make_reference.py
Numbers are written with repr(), i.e. the shortest string that round-trips the double exactly.
"""
import csv
import math
import os
import sys

import numpy
import scipy
import scipy.stats
import statsmodels
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = (0.9, 0.95, 0.99)


def num(x):
    return repr(float(x))


def check_known_values():
    """Hand-checkable cases, so a changed argument order or default in statsmodels shows up here."""
    # Newcombe (1998), Statistics in Medicine 17:873-890, Table II example (a): 56/70 - 48/80,
    # method 10 (score interval without continuity correction): 0.0524 to 0.3339.
    lo, hi = confint_proportions_2indep(56, 70, 48, 80, method='newcomb', compare='diff', alpha=0.05)
    assert (round(lo, 4), round(hi, 4)) == (0.0524, 0.3339), (lo, hi)
    # The same limits from the closed form (Wilson limits combined as in Newcombe's method 10).
    z = scipy.stats.norm.isf(0.025)

    def wilson(k, n):
        p = k / n
        d = 1 + z * z / n
        c = (p + z * z / (2 * n)) / d
        h = z / d * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
        return c - h, c + h

    (l1, u1), (l2, u2), d = wilson(56, 70), wilson(48, 80), 56 / 70 - 48 / 80
    assert abs(lo - (d - math.hypot(56 / 70 - l1, u2 - 48 / 80))) < 1e-12
    assert abs(hi - (d + math.hypot(u1 - 56 / 70, 48 / 80 - l2))) < 1e-12
    # Wilson 95% for 0/1 and 1/1; Clopper-Pearson 95% for 0/10 is [0, 1 - 0.025**(1/10)].
    assert abs(proportion_confint(1, 1, 0.05, method='wilson')[0] - 0.20654931437723) < 1e-12
    cp = proportion_confint(0, 10, 0.05, method='beta')
    assert cp[0] == 0 and abs(cp[1] - (1 - 0.025 ** 0.1)) < 1e-14, cp
    # Katz log interval for the risk ratio 20/100 over 10/100 (count1 is the numerator).
    lo, hi = confint_proportions_2indep(20, 100, 10, 100, method='log', compare='ratio', alpha=0.05)
    se = math.sqrt(1 / 20 - 1 / 100 + 1 / 10 - 1 / 100)
    assert abs(lo - 2 * math.exp(-z * se)) < 1e-12 and abs(hi - 2 * math.exp(z * se)) < 1e-12
    # Fisher: R's fisher.test(matrix(c(3, 7, 7, 3), 2)) gives p-value = 0.1789. For (0 2; 2 3) the three
    # possible tables have probabilities 10/21, 10/21, 1/21, none above the observed one: p = 1.
    assert round(scipy.stats.fisher_exact([[3, 7], [7, 3]])[1], 4) == 0.1789
    assert scipy.stats.fisher_exact([[0, 2], [2, 3]])[1] == 1.0
    # Holm: sorted p 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1, running maximum.
    adj = multipletests([0.01, 0.04, 0.03, 0.005], method='holm')[1]
    assert numpy.allclose(adj, [0.03, 0.06, 0.06, 0.02]), adj


def rate_cases():
    cases = set()
    for n in (1, 2, 3, 5, 10, 20, 30, 50, 100, 150, 1000, 1_000_000):
        for k in (0, 1, 2, n // 10, n // 3, n // 2, n - 2, n - 1, n):
            if 0 <= k <= n:
                cases.add((k, n))
    cases.update({(96, 100), (86, 100), (182, 200), (3, 150), (37, 1_000_000), (999_963, 1_000_000)})
    return sorted(cases, key=lambda c: (c[1], c[0]))


def write_rate_intervals():
    with open(os.path.join(HERE, 'rate-intervals.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['k', 'n', 'level', 'wilson_lower', 'wilson_upper', 'cp_lower', 'cp_upper'])
        for k, n in rate_cases():
            for level in LEVELS:
                alpha = 1 - level
                wl, wu = proportion_confint(k, n, alpha, method='wilson')
                cl, cu = proportion_confint(k, n, alpha, method='beta')
                w.writerow([k, n, level, num(wl), num(wu), num(cl), num(cu)])


TWO_SAMPLE = [
    # kBefore, nBefore, kAfter, nAfter
    (0, 100, 96, 100), (96, 100, 0, 100), (86, 100, 96, 100), (96, 100, 86, 100),
    (48, 80, 56, 70),  # Newcombe (1998) example (a), "after" = 56/70
    (0, 100, 0, 100), (0, 10, 0, 20), (0, 1, 0, 1),  # k = 0 in both: no ratio
    (100, 100, 100, 100), (5, 5, 3, 3), (1, 1, 1, 1),  # k = n in both
    (0, 1, 1, 1), (1, 1, 0, 1), (1, 2, 2, 2), (0, 2, 1, 2),  # n = 1, n = 2
    (50, 100, 50, 100), (5, 10, 50, 100), (3, 10, 3, 10),  # equal rates
    (3, 10, 7, 10), (2, 10, 8, 10), (7, 10, 3, 10), (30, 100, 70, 100), (10, 100, 14, 100),
    (3, 150, 0, 150), (0, 150, 3, 150), (1, 100, 0, 100), (0, 30, 5, 20), (20, 20, 19, 20),
    (9, 10, 3, 10), (6, 7, 2, 7), (5, 56, 0, 29), (0, 10, 0, 10),  # more of Newcombe's examples
    (490, 1000, 510, 1000), (4900, 10000, 5100, 10000), (12345, 100000, 12600, 100000),
    (500000, 1000000, 501000, 1000000), (0, 1000000, 1, 1000000), (37, 1000000, 0, 1000000),
    (0, 2, 2, 5), (3, 17, 11, 11), (2, 2, 13, 20),  # tables of equal probability in the two-sided sum
]


def write_two_sample():
    with open(os.path.join(HERE, 'two-sample.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['kBefore', 'nBefore', 'kAfter', 'nAfter', 'level', 'fisher_p',
                    'newcombe_lower', 'newcombe_upper', 'ratio_lower', 'ratio_upper',
                    'ratio_corrected_lower', 'ratio_corrected_upper'])
        for kb, nb, ka, na in TWO_SAMPLE:
            p = scipy.stats.fisher_exact([[kb, nb - kb], [ka, na - ka]], alternative='two-sided')[1]
            for level in LEVELS:
                alpha = 1 - level
                dl, du = confint_proportions_2indep(count1=ka, nobs1=na, count2=kb, nobs2=nb,
                                                    method='newcomb', compare='diff', alpha=alpha)
                rl = ru = cl = cu = ''
                if ka > 0 and kb > 0:
                    lo, hi = confint_proportions_2indep(count1=ka, nobs1=na, count2=kb, nobs2=nb,
                                                        method='log', compare='ratio', alpha=alpha)
                    rl, ru = num(lo), num(hi)
                elif ka > 0 or kb > 0:
                    # Haldane-Anscombe: 0.5 added to every k and every n - k, i.e. k + 0.5 of n + 1.
                    lo, hi = confint_proportions_2indep(count1=ka + 0.5, nobs1=na + 1, count2=kb + 0.5,
                                                        nobs2=nb + 1, method='log', compare='ratio',
                                                        alpha=alpha)
                    cl, cu = num(lo), num(hi)
                w.writerow([kb, nb, ka, na, level, num(p), num(dl), num(du), rl, ru, cl, cu])


def write_fisher_small():
    """Every table with 1 <= n_before, n_after <= 10: exact ties between tables are common here."""
    with open(os.path.join(HERE, 'fisher-small.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['kBefore', 'nBefore', 'kAfter', 'nAfter', 'fisher_p'])
        for nb in range(1, 11):
            for na in range(1, 11):
                for kb in range(nb + 1):
                    for ka in range(na + 1):
                        p = scipy.stats.fisher_exact([[kb, nb - kb], [ka, na - ka]], alternative='two-sided')[1]
                        w.writerow([kb, nb, ka, na, num(p)])


def write_holm():
    rng = numpy.random.default_rng(20240601)
    vectors = [
        [0.01, 0.04, 0.03, 0.005],
        [0.05],
        [0.0, 1.0],
        [1.0, 1.0, 1.0],
        [0.02, 0.02, 0.02],  # ties
        [0.3, 0.2, 0.6, 0.9],  # capped at 1
        [0.001, 0.01, 0.02, 0.04, 0.05, 0.2],
        [1e-12, 0.5, 3e-7, 0.049],
        list(rng.uniform(0, 0.1, 10)),
        list(rng.uniform(0, 1, 20)),
    ]
    with open(os.path.join(HERE, 'holm.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['p_values', 'holm_adjusted'])
        for v in vectors:
            adjusted = multipletests(v, method='holm')[1]
            w.writerow([';'.join(num(x) for x in v), ';'.join(num(x) for x in adjusted)])


if __name__ == '__main__':
    print('python', sys.version.split()[0], '| numpy', numpy.__version__, '| scipy', scipy.__version__,
          '| statsmodels', statsmodels.__version__)
    check_known_values()
    write_rate_intervals()
    write_two_sample()
    write_fisher_small()
    write_holm()
    print('wrote rate-intervals.csv, two-sample.csv, fisher-small.csv, holm.csv in', HERE)
