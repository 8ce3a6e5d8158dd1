import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 2, withyear=False))
print(h.formatyear(2023, 4))
print(h.formatyearpage(2022, 6).decode())
print(h.formatyearpage(2022, css=None, encoding='ascii')[:200])


class Custom(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'none'
    cssclass_month = 'mo'


print(Custom(6).formatmonth(2020, 1))
print(h.formatday(0, 1), h.formatday(5, 6), h.formatweekday(2), h.formatweekheader(), h.formatmonthname(2020, 1))
lc = calendar.LocaleTextCalendar(locale='C')
print(lc.formatmonth(2024, 5))
lh = calendar.LocaleHTMLCalendar(locale='C')
print(lh.formatmonthname(2024, 5), lh.formatweekday(0))
