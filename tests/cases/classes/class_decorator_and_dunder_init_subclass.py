registry = {}


def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls


@register
class Alpha:
    pass


@register
class Beta(Alpha):
    pass


print(sorted(registry), registry["beta"].__bases__[0].__name__)


class Plugin:
    plugins = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__
        Plugin.plugins.append(cls.plugin_name)


class First(Plugin, name="first"):
    pass


class Second(Plugin):
    pass


print(Plugin.plugins, First.plugin_name, Second.plugin_name)
