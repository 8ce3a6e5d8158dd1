import logging
import logging.config
import logging.handlers
import sys


class Upper(logging.Filter):
    def __init__(self, word):
        super().__init__()
        self.word = word

    def filter(self, record):
        return self.word not in record.getMessage()


def make_formatter(fmt):
    return logging.Formatter("custom:" + fmt)


old = logging.getLogger("old.existing")
old_child = logging.getLogger("app.child")

config = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s:%(name)s:%(message)s"},
        "braces": {"format": "{levelname}|{message}", "style": "{"},
        "made": {"()": make_formatter, "fmt": "%(message)s"},
        "made2": {"()": "__main__.make_formatter", "format": "%(name)s"},
    },
    "filters": {
        "only_app": {"name": "app"},
        "no_secret": {"()": Upper, "word": "secret"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "brief",
            "level": "DEBUG",
            "filters": ["no_secret"],
        },
        "braced": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "braces",
            "level": logging.WARNING,
        },
        "custom": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "made",
            ".": {"terminator": " <end>\n"},
        },
        "buffer": {
            "class": "logging.handlers.MemoryHandler",
            "capacity": 10,
            "target": "zconsole",
        },
        "zconsole": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "made2",
        },
    },
    "loggers": {
        "app": {"level": "INFO", "handlers": ["console", "braced"], "propagate": False,
                "filters": ["only_app"]},
        "app.sub": {"handlers": ["custom"], "level": "DEBUG"},
        "buffered": {"handlers": ["buffer"], "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["console"]},
}
logging.config.dictConfig(config)

app = logging.getLogger("app")
print(app.level, app.propagate, [h.name for h in app.handlers], len(app.filters))
app.debug("app debug hidden")
app.info("app info")
app.warning("app warning")
app.info("a secret is filtered")
sub = logging.getLogger("app.sub")
sub.debug("sub debug")
sub.info("sub info")
logging.getLogger().warning("root warning")
logging.getLogger("other").info("other info hidden")
print(old.disabled, old_child.disabled, old_child.level, old_child.handlers)
old.critical("disabled logger says nothing")
buf = logging.getLogger("buffered")
buf.warning("buffered 1")
buf.warning("buffered 2")
mh = buf.handlers[0]
print(type(mh).__name__, len(mh.buffer), mh.target.name)
mh.flush()
print(sorted(logging._handlers.keys()))
h = logging._handlers["console"]
print(type(h).__name__, h.level, h.stream is sys.stdout, h.formatter._fmt)

# incremental: only levels change
logging.config.dictConfig({
    "version": 1,
    "incremental": True,
    "handlers": {"console": {"level": "ERROR"}},
    "loggers": {"app": {"level": "DEBUG"}},
})
print(h.level, app.level, [x.name for x in app.handlers])

# disable_existing_loggers False keeps loggers enabled; cfg:// references
logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"f": {"format": "%(message)s!"}},
    "handlers": {"out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                         "formatter": "f"}},
    "settings": {"level": "INFO", "names": ["out"]},
    "root": {"level": "cfg://settings.level", "handlers": "cfg://settings[names]"},
})
print(old.disabled, app.disabled, logging.getLogger().level, sorted(logging._handlers.keys()))
logging.getLogger("brand.new").info("new logger via root")
print(h.stream is sys.stdout)

# errors
bad_configs = [
    {},
    {"version": 2},
    {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
    {"version": 1, "handlers": {"h": {"class": "nosuchmodule.Handler"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "nope"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "level": "LOUD"}}},
    {"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}},
    {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}},
    {"version": 1, "loggers": {"x": {"level": "NOPE"}}},
    {"version": 1, "root": {"filters": ["missing"]}},
    {"version": 1, "incremental": True, "handlers": {"absent": {"level": "INFO"}}},
]
for c in bad_configs:
    try:
        logging.config.dictConfig(c)
        print("no error")
    except Exception as e:
        print(type(e).__name__, e, "|", type(e.__cause__).__name__, e.__cause__)
print(logging.config.valid_ident("abc"))
try:
    logging.config.valid_ident("1abc")
except ValueError as e:
    print(e)

# children of configured loggers keep their disabled flag; the others follow the option
a = logging.getLogger("p.c")
a.disabled = True
b = logging.getLogger("q")
b.disabled = True
logging.config.dictConfig({"version": 1, "loggers": {"p": {}}})
print(a.disabled, b.disabled)
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False})
print(a.disabled, b.disabled)
