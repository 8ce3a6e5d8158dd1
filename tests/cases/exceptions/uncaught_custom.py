class ConfigError(Exception):
    pass


def read(setting):
    settings = {"mode": "fast"}
    if setting not in settings:
        raise ConfigError(f"unknown setting {setting!r}")
    return settings[setting]


print(read("mode"))
print(read("speed"))
