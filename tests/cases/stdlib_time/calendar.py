import time
print(time.gmtime(0)); t=time.gmtime(1700000000.5); print(t.tm_zone, t.tm_gmtoff, len(t), t[:3])
print(time.strftime('%a %A %b %B %c|%d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %z %% %e %D %T %F %R %C %g %G %V %u %h %k %l %s %P %n%t %Q', t))
print(time.asctime(t), time.ctime(0), time.mktime(time.localtime(100)))
print(time.struct_time((2020,1,2,3,4,5,6,7,8)))
for a in ['time.struct_time((1,2,3))', 'time.gmtime("a")', 'time.gmtime(1e300)', 'time.strftime(1)', 'time.asctime((1,2))', 'time.strftime("%Y", (2020,13,1,0,0,0,0,1,0))', 'time.mktime((1,))', 'time.timezone', 'time.altzone', 'time.daylight', 'time.tzname', 'time.sleep(-1)', 'time.sleep("a")', 'time.localtime(None)[0] > 2000']:
  try: print(a, eval(a))
  except Exception as e: print(a, type(e).__name__, e)
