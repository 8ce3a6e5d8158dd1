# time.strptime: directives, widths and backtracking, ISO and week-number dates, %z, errors.
import time
def t(*a):
    try:
        print(a, tuple(time.strptime(*a)))
    except Exception as e:
        print(a, type(e).__name__, e)
t(5)
t('x', 5)
t('2024', '%Y %')
t('2024', '%Q')
t('2024', '%.')
t('2024x', '%Y')
t('x', '%Y')
t('x')
t('1 +01:30', '%d %z')
t('1 +0130:00', '%d %z')
t('1 Z', '%d %z')
t('1 z', '%d %z')
t('29 2', '%d %m')
t('30 2', '%d %m')
t('2024 1 1', '%G %V %u')
t('2024 1', '%G %V')
t('2024 1 1', '%Y %V %u')
t('1 1', '%V %u')
t('2024 10', '%G %j')
t('2024 3 2', '%Y %U %w')
t('2024 0 0', '%Y %W %w')
t('12 am', '%I %p')
t('12 PM', '%I %p')
t('5', '%j')
t('366 2023', '%j %Y')
t('٣', '%d')
print(time.strptime('+0130', '%z').tm_gmtoff, time.strptime('utc', '%Z').tm_zone)
t('1', '%V')
t('1 2024', '%V %Y')
t('2024 1 1 5', '%G %V %u %j')
t('2024 1 1 2020', '%G %V %u %Y')
t('2024 1 2020', '%G %V %Y')
t('2024', '%G')
t('2024 1', '%G %u')
t('2024 53 7', '%G %V %u')
t('2020 53 7', '%G %V %u')
t('2024 0 1', '%G %V %u')
t('1 1 1 2024', '%V %u %G %y')
t('Mon 5', '%a %d')
t('mOnDaY 5', '%A %d')
t('2024 0 1', '%Y %U %a') if False else None
t('2023 0 Sun', '%Y %U %a')
t('2023 0 Mon', '%Y %W %a')
t('2022 0 Sat', '%Y %W %a')
t('Tue Mar  5 10:11:12 2024', '%c')
t('03/05/24', '%x')
t('10:11:12', '%X')
t('  5\t\n3', ' %d %m')
t('5 3', '%d  %m')
t('53', '%d%m')
t('123', '%m%d')
t('1.5', '%S.%f')
t('61', '%S')
t('pm 1', '%p %H')
t('12', '%y')
t('69', '%y')
t('68', '%y')
t('2024 60', '%Y %j')
t('(5)', '(%d)')
t('5 UTC', '%d %Z')
t('5 GMT', '%d %Z')
t('-0000', '%z')
t('+01:30:15.5', '%z')
t('+013015', '%z')
t('+01:3015', '%z')
t('%5', '%%%d')
import itertools
vals = {'G': '2024', 'V': '3', 'u': '2', 'Y': '2020', 'j': '40', 'U': '5', 'W': '7'}
for n in range(1, 5):
    for combo in itertools.combinations('GVuYjUW', n):
        fmt = ' '.join('%' + c for c in combo)
        s = ' '.join(vals[c] for c in combo)
        try:
            r = tuple(time.strptime(s, fmt))[:3]
        except ValueError as e:
            r = str(e)
        print(''.join(combo), r)
import time, random
random.seed(11)
dirs = list("aAbBdHImMpSUwWyYfzZuGV") + ["%", "c", "x", "X"]
out = []
for i in range(400):
    k = random.randint(1, 4)
    fmt = random.choice(["", " ", "-", ":"]).join("%" + random.choice(dirs) for _ in range(k))
    secs = random.randint(-2000000000, 4000000000)
    tt = time.gmtime(secs)
    s = time.strftime(fmt.replace("%f", "123").replace("%z", "+0130").replace("%Z", "UTC"), tt)
    if random.random() < 0.3:
        s = s.replace("0", "", 1)
    if random.random() < 0.2:
        s = s.upper()
    try:
        r = time.strptime(s, fmt)
        out.append("%r %r %s" % (s, fmt, tuple(r)))
    except __import__("re").error:
        out.append("re.error")
    except (ValueError, TypeError) as e:
        out.append("%r %r %s %s" % (s, fmt, type(e).__name__, e))
print("\n".join(out))
