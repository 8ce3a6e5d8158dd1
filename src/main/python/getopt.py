"""Command-line options parsed the way C's getopt() does (see argparse for more).

shortopts lists option letters, a letter followed by ':' taking an argument; longopts lists
long option names, those ending in '=' taking an argument. A long option may be abbreviated
to any unique prefix.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """An option that is unknown, lacks its argument or has one it must not have."""

    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """(options, remaining arguments): options as (name, value) pairs; parsing stops at the
    first argument that is not an option, or after '--'."""
    opts = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt() that also takes options after other arguments (GNU style), unless shortopts
    starts with '+' or POSIXLY_CORRECT is set."""
    opts = []
    rest = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    else:
        options_first = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        arg = args[0]
        if arg == '--':
            rest += args[1:]
            break
        if arg[:2] == '--':
            opts, args = _long(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            opts, args = _short(opts, arg[1:], shortopts, args[1:])
        elif options_first:
            rest += args
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def _long(opts, opt, longopts, args):
    value = None
    if '=' in opt:
        opt, value = opt.split('=', 1)
    takes_arg, opt = _long_takes_arg(opt, longopts)
    if takes_arg:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, value or ''))
    return opts, args


def _long_takes_arg(opt, longopts):
    """(takes an argument, full name) for a long option given by a prefix of its name."""
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    name = candidates[0]
    if name.endswith('='):
        return True, name[:-1]
    return False, name


def _short(opts, letters, shortopts, args):
    while letters != '':
        opt, letters = letters[0], letters[1:]
        if _short_takes_arg(opt, shortopts):
            if letters == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                letters, args = args[0], args[1:]
            value, letters = letters, ''  # the rest of the word is the argument
        else:
            value = ''
        opts.append(('-' + opt, value))
    return opts, args


def _short_takes_arg(opt, shortopts):
    for i, c in enumerate(shortopts):
        if c == opt and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
