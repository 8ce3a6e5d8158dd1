# datetime: operator errors name the C types ('datetime.date'); Taipan's classes are Python classes
from datetime import date, datetime, timedelta

for f in [lambda: date(2020, 1, 1) + 1, lambda: date(2020, 1, 1) - 1, lambda: date(2020, 1, 1) < 5, lambda: datetime(2020, 1, 1) + 1,
          lambda: timedelta(1) + 1, lambda: timedelta(1) * 'x', lambda: timedelta(1) < 1, lambda: timedelta(1) % 2]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
