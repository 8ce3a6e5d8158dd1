# Trace and profile functions are per thread; threading.settrace/setprofile set them for new threads.
import sys
import threading

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((threading.current_thread().name, event, frame.f_code.co_name))
    return tracer


def profiler(frame, event, arg):
    if frame.f_code.co_filename == __file__ and event in ('call', 'return'):
        events.append((threading.current_thread().name, 'profile ' + event, frame.f_code.co_name))


def target():
    x = 1
    return helper(x)


def helper(x):
    return x + 1


print(threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
print(threading.gettrace() is tracer, sys.gettrace())
t = threading.Thread(target=target, name='traced')
t.start()
t.join(20)
threading.settrace(None)
for e in events:
    print(e)
events.clear()

threading.setprofile(profiler)
print(threading.getprofile() is profiler, sys.getprofile())
t = threading.Thread(target=target, name='profiled')
t.start()
t.join(20)
threading.setprofile(None)
for e in events:
    print(e)
events.clear()

# sys.settrace in one thread does not trace another.
inside = []


def check():
    inside.append(sys.gettrace())
    target()


sys.settrace(tracer)
t = threading.Thread(target=check, name='untraced')
t.start()
t.join(20)
sys.settrace(None)
print(inside, [e for e in events if e[0] == 'untraced'])
