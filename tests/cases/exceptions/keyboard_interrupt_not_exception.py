try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not reached: KeyboardInterrupt is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    raise GeneratorExit("g")
except Exception:
    print("no")
except GeneratorExit as e:
    print("GeneratorExit", e)
try:
    1 / 0
except BaseException as e:
    print("base catches all", type(e).__name__)
