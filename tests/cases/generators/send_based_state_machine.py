def turnstile():
    state = "locked"
    log = []
    while True:
        event = yield state
        if event is None:
            return log
        if state == "locked" and event == "coin":
            state = "unlocked"
        elif state == "unlocked" and event == "push":
            state = "locked"
        log.append((event, state))


t = turnstile()
print(next(t))
for ev in ["push", "coin", "coin", "push", "push"]:
    print(ev, "->", t.send(ev))
try:
    t.send(None)
except StopIteration as e:
    print(e.value)
