"""Command-line parsing: ArgumentParser, its arguments, sub-commands, help and usage text.

Parsing classifies each command-line word as an option ('O') or an argument ('A', and '-'
for '--'), then matches that string of letters with regular expressions built from each
argument's nargs, so that positionals take as many words as they can while leaving enough for
those after them. The pieces live in _argparse_actions (Namespace, Action classes),
_argparse_container (add_argument, groups) and _argparse_help (the formatters).
"""

import os as _os
import re as _re
import sys as _sys

from _argparse_actions import (SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, PARSER,
                               REMAINDER, Action, ArgumentError, ArgumentTypeError,
                               BooleanOptionalAction, FileType, Namespace, _AttributeHolder,
                               _argument_name, _StoreAction, _StoreConstAction,
                               _StoreTrueAction, _StoreFalseAction, _AppendAction,
                               _AppendConstAction, _CountAction, _HelpAction, _VersionAction,
                               _ExtendAction, _SubParsersAction)
from _argparse_container import _ActionsContainer, _ArgumentGroup, _MutuallyExclusiveGroup
from _argparse_help import (HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter,
                            ArgumentDefaultsHelpFormatter, MetavarTypeHelpFormatter)

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
           'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
           'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
           'ZERO_OR_MORE']

_UNRECOGNIZED_ARGS_ATTR = '_UNRECOGNIZED_ARGS_ATTR'

for _cls in (Action, ArgumentError, ArgumentTypeError, BooleanOptionalAction, FileType,
             Namespace, _AttributeHolder, _StoreAction, _StoreConstAction, _StoreTrueAction,
             _StoreFalseAction, _AppendAction, _AppendConstAction, _CountAction, _HelpAction,
             _VersionAction, _ExtendAction, _SubParsersAction, _ActionsContainer,
             _ArgumentGroup, _MutuallyExclusiveGroup, HelpFormatter,
             RawDescriptionHelpFormatter, RawTextHelpFormatter, ArgumentDefaultsHelpFormatter,
             MetavarTypeHelpFormatter):
    _cls.__module__ = 'argparse'
del _cls

_get_action_name = _argument_name


def _nargs_pattern(action):
    """The regular expression over 'O'/'A'/'-' letters that the action's words must match."""
    nargs = action.nargs
    if nargs is None:
        pattern = '(-*A-*)'
    elif nargs == OPTIONAL:
        pattern = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pattern = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pattern = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pattern = '([-AO]*)'
    elif nargs == PARSER:
        pattern = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pattern = '(-*-*)'
    else:
        pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
    if action.option_strings:  # an option's words never include '--' or other options
        pattern = pattern.replace('-*', '').replace('-', '')
    return pattern


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parses command lines into a Namespace, and writes usage, help and error messages."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('type', None, lambda string: string)
        if self.add_help:
            prefix = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(prefix + 'h', prefix * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        """Adds the positional argument that chooses a sub-command; returns it (add_parser())."""
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = self._pop_action_class(kwargs, 'parsers')
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # ---- parsing

    def parse_args(self, args=None, namespace=None):
        args, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return args

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) \
                    and action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, words, namespace):
        if self.fromfile_prefix_chars is not None:
            words = self._read_args_from_files(words)
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                conflicts.setdefault(action, []).extend(members[:i] + members[i + 1:])
        options_at = {}  # word index -> (action, option string, explicit argument)
        letters = []
        after_dashes = False
        for i, word in enumerate(words):
            if after_dashes:
                letters.append('A')
            elif word == '--':
                letters.append('-')
                after_dashes = True
            else:
                found = self._parse_optional(word)
                if found is None:
                    letters.append('A')
                else:
                    options_at[i] = found
                    letters.append('O')
        pattern = ''.join(letters)
        seen = set()
        seen_non_default = set()
        extras = []
        positionals = self._get_positional_actions()

        def take(action, strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, strings)
            if values is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, []):
                    if other in seen_non_default:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _get_action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(index):
            action, option_string, explicit = options_at[index]
            taken = []
            while True:
                if action is None:
                    extras.append(words[index])
                    return index + 1
                if explicit is None:
                    start = index + 1
                    count = self._match_argument(action, pattern[start:])
                    stop = start + count
                    taken.append((action, words[start:stop], option_string))
                    break
                count = self._match_argument(action, 'A')
                if count == 0 and option_string[1] not in self.prefix_chars and explicit != '':
                    # "-xyz": -x takes nothing, so y (and z) are more short options
                    taken.append((action, [], option_string))
                    option_string = option_string[0] + explicit[0]
                    rest = explicit[1:] or None
                    if option_string not in self._option_string_actions:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                    action = self._option_string_actions[option_string]
                    explicit = rest
                elif count == 1:
                    stop = index + 1
                    taken.append((action, [explicit], option_string))
                    break
                else:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
            for action, strings, option_string in taken:
                take(action, strings, option_string)
            return stop

        def consume_positionals(index):
            counts = self._match_arguments_partial(positionals, pattern[index:])
            for action, count in zip(positionals, counts):
                strings = words[index:index + count]
                index += count
                take(action, strings)
            positionals[:] = positionals[len(counts):]
            return index

        index = 0
        last_option = max(options_at) if options_at else -1
        while index <= last_option:
            next_option = min(i for i in options_at if i >= index)
            if index != next_option:
                end = consume_positionals(index)
                if end > index:
                    index = end
                    continue
                index = end
            if index not in options_at:
                extras.extend(words[index:next_option])
                index = next_option
            index = consume_optional(index)
        stop = consume_positionals(index)
        extras.extend(words[stop:])

        missing = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                # a string default goes through the type, as a given word would
                setattr(namespace, action.dest, self._get_value(action, action.default))
        if missing:
            self.error('the following arguments are required: %s' % ', '.join(missing))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, words):
        result = []
        for word in words:
            if not word or word[0] not in self.fromfile_prefix_chars:
                result.append(word)
                continue
            try:
                with open(word[1:]) as f:
                    lines = []
                    for line in f.read().splitlines():
                        lines.extend(self.convert_arg_line_to_args(line))
                    result.extend(self._read_args_from_files(lines))
            except OSError as err:
                self.error(str(err))
        return result

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, letters):
        match = _re.match(_nargs_pattern(action), letters)
        if match is None:
            messages = {None: 'expected one argument', OPTIONAL: 'expected at most one argument',
                        ONE_OR_MORE: 'expected at least one argument'}
            message = messages.get(action.nargs)
            if message is None:
                message = ('expected %s argument' if action.nargs == 1
                           else 'expected %s arguments') % action.nargs
            raise ArgumentError(action, message)
        return len(match.group(1))

    def _match_arguments_partial(self, actions, letters):
        # as many of the positionals as can match, the first ones taking what they can
        for n in range(len(actions), 0, -1):
            match = _re.match(''.join(_nargs_pattern(a) for a in actions[:n]), letters)
            if match is not None:
                return [len(group) for group in match.groups()]
        return []

    def _parse_optional(self, word):
        if not word or word[0] not in self.prefix_chars:
            return None
        if word in self._option_string_actions:
            return self._option_string_actions[word], word, None
        if len(word) == 1:
            return None
        if '=' in word:
            option, explicit = word.split('=', 1)
            if option in self._option_string_actions:
                return self._option_string_actions[option], option, explicit
        candidates = self._get_option_tuples(word)
        if len(candidates) > 1:
            options = ', '.join(option for _, option, _ in candidates)
            self.error('ambiguous option: %(option)s could match %(matches)s'
                       % {'option': word, 'matches': options})
        elif len(candidates) == 1:
            return candidates[0]
        if _re.match(r'^-\d+$|^-\d*\.\d+$', word) and not self._has_negative_number_optionals:
            return None
        if ' ' in word:
            return None
        return None, word, None

    def _get_option_tuples(self, word):
        result = []
        chars = self.prefix_chars
        if word[0] in chars and word[1] in chars:
            if self.allow_abbrev:
                prefix, explicit = word.split('=', 1) if '=' in word else (word, None)
                for option, action in self._option_string_actions.items():
                    if option.startswith(prefix):
                        result.append((action, option, explicit))
        elif word[0] in chars:
            short, short_explicit = word[:2], word[2:]
            for option, action in self._option_string_actions.items():
                if option == short:
                    result.append((action, option, short_explicit))
                elif option.startswith(word):
                    result.append((action, option, None))
        else:
            self.error('unexpected option string: %s' % word)
        return result

    def _get_values(self, action, strings):
        if action.nargs not in (PARSER, REMAINDER):
            try:
                strings.remove('--')
            except ValueError:
                pass
        if not strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else strings
            self._check_value(action, value)
        elif len(strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, s) for s in strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, s) for s in strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, s) for s in strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, word):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(word)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %(type)s value: %(value)r'
                                % {'type': name, 'value': word})

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %(value)r (choose from %(choices)s)'
                                % {'value': value,
                                   'choices': ', '.join(map(repr, action.choices))})

    # ---- help and errors

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and 'prog: error: message' to stderr and exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%(prog)s: error: %(message)s\n' % {'prog': self.prog, 'message': message})
