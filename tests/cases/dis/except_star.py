import dis

from disshow import Buffer, masked, show


def groups():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("value", e.exceptions)
    except* TypeError:
        print("type")


show(groups)
groups()
