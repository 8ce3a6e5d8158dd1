# blocking on a child (reads, wait, communicate) lets other threads run
import subprocess
import threading
import time

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def feed():
    time.sleep(0.2)
    p.stdin.write(b"from a thread\n")
    p.stdin.close()


t = threading.Thread(target=feed)
t.start()
print(p.stdout.read())  # needs the thread to run meanwhile
t.join()
print(p.wait())
p.stdout.close()

ticks = []
stop = threading.Event()


def tick():
    while not stop.is_set():
        ticks.append(1)
        time.sleep(0.01)


t = threading.Thread(target=tick)
t.start()
subprocess.run(["sleep", "0.3"])
stop.set()
t.join()
print(len(ticks) > 5)

# several children driven from several threads
results = {}


def work(n):
    r = subprocess.run(["/bin/sh", "-c", "echo $0", str(n)], capture_output=True, text=True)
    results[n] = r.stdout.strip()


threads = [threading.Thread(target=work, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
