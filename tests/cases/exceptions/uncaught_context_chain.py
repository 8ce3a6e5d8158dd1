def load():
    try:
        return {}["settings"]
    except KeyError:
        raise FileNotFoundError("settings file missing")


print("loading")
load()
