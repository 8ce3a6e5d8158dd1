def work():
    try:
        print("working")
        return 1
    finally:
        print("cleaning up")
        raise OSError("cleanup failed")


work()
