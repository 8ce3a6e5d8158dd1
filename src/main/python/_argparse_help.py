"""argparse's help formatters: the usage line (wrapped) and the sections of the help text."""

import os as _os
import re as _re

from _argparse_actions import (OPTIONAL, ONE_OR_MORE, PARSER, REMAINDER, SUPPRESS,
                               ZERO_OR_MORE)

_BLANKS = _re.compile(r'\s+', _re.ASCII)
_USAGE_PART = _re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')


def _terminal_columns():
    try:
        return int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        pass
    try:
        return _os.get_terminal_size().columns
    except (AttributeError, ValueError, OSError):
        return 80


class _Section:
    def __init__(self, formatter, parent, heading=None):
        self.formatter = formatter
        self.parent = parent
        self.heading = heading
        self.items = []

    def format_help(self):
        f = self.formatter
        if self.parent is not None:
            f._indent()
        text = ''.join(func(*args) for func, args in self.items)
        if self.parent is not None:
            f._dedent()
        if not text:
            return ''
        heading = ''
        if self.heading is not SUPPRESS and self.heading is not None:
            heading = '%*s%s:\n' % (f._current_indent, '', self.heading)
        return '\n' + heading + text + '\n'


class HelpFormatter:
    """Lays out the help: text wrapped to the terminal's width less two, arguments' help in a
    column at most max_help_position from the left."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = _Section(self, None)
        self._current_section = self._root_section

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        section = _Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        lengths = [len(self._format_action_invocation(action)) + self._current_indent]
        for sub in self._iter_indented_subactions(action):
            lengths.append(len(self._format_action_invocation(sub)) + self._current_indent)
        self._action_max_length = max(self._action_max_length, max(lengths))
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = _re.sub(r'\n\n\n+', '\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    # ---- usage

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            return '%s%s\n\n' % (prefix, usage % dict(prog=self._prog))
        prog = '%(prog)s' % dict(prog=self._prog)
        if not actions:
            return '%s%s\n\n' % (prefix, prog)
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(optionals + positionals, groups)
        usage = ' '.join(s for s in (prog, whole) if s)
        width = self._width - self._current_indent
        if len(prefix) + len(usage) > width:
            opt_parts = _USAGE_PART.findall(self._format_actions_usage(optionals, groups))
            pos_parts = _USAGE_PART.findall(self._format_actions_usage(positionals, groups))
            if len(prefix) + len(prog) <= 0.75 * width:
                indent = ' ' * (len(prefix) + len(prog) + 1)
                if opt_parts:
                    lines = _fit([prog] + opt_parts, indent, width, prefix)
                    lines.extend(_fit(pos_parts, indent, width))
                elif pos_parts:
                    lines = _fit([prog] + pos_parts, indent, width, prefix)
                else:
                    lines = [prog]
            else:
                indent = ' ' * len(prefix)
                lines = _fit(opt_parts + pos_parts, indent, width)
                if len(lines) > 1:
                    lines = _fit(opt_parts, indent, width) + _fit(pos_parts, indent, width)
                lines = [prog] + lines
            usage = '\n'.join(lines)
        return '%s%s\n\n' % (prefix, usage)

    def _format_actions_usage(self, actions, groups):
        # mutually exclusive groups whose actions sit together are bracketed as one part
        starts = {}
        for group in groups:
            members = group._group_actions
            if not members:
                continue
            try:
                first = actions.index(members[0])
            except ValueError:
                continue
            if actions[first:first + len(members)] == members:
                starts[first] = group
        parts = []
        i = 0
        while i < len(actions):
            group = starts.get(i)
            if group is None:
                part = self._action_usage(actions[i], False)
                if part:
                    parts.append(part)
                i += 1
                continue
            members = [self._action_usage(a, True) for a in group._group_actions]
            members = [m for m in members if m]
            i += len(group._group_actions)
            if not members:
                continue
            opener, closer = ('(', ')') if group.required else ('[', ']')
            if group.required and len(members) == 1:
                parts.append(members[0])
            else:
                parts.append(opener + ' | '.join(members) + closer)
        return ' '.join(parts)

    def _action_usage(self, action, in_group):
        if action.help is SUPPRESS:
            return ''
        if not action.option_strings:
            part = self._format_args(action, self._get_default_metavar_for_positional(action))
            if in_group and part[:1] == '[' and part[-1:] == ']':
                part = part[1:-1]
            return part
        if action.nargs == 0:
            part = action.format_usage()
        else:
            args = self._format_args(action, self._get_default_metavar_for_optional(action))
            part = '%s %s' % (action.option_strings[0], args)
        if not action.required and not in_group:
            part = '[%s]' % part
        return part

    # ---- arguments

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent_first = 0
        if not action.help:
            header = '%*s%s\n' % (self._current_indent, '', header)
        elif len(header) <= action_width:
            header = '%*s%-*s  ' % (self._current_indent, '', action_width, header)
        else:
            header = '%*s%s\n' % (self._current_indent, '', header)
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append('%*s%s\n' % (indent_first, '', lines[0]))
                for line in lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not header.endswith('\n'):
            parts.append('\n')
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return ''.join(p for p in parts if p and p is not SUPPRESS)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar_formatter(action,
                                               self._get_default_metavar_for_positional(action))(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (option, args) for option in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(str(choice) for choice in action.choices)
        else:
            result = default_metavar

        def format(tuple_size):
            return result if isinstance(result, tuple) else (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % metavar(1)
        if nargs == ZERO_OR_MORE:
            names = metavar(1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % metavar(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s'] * nargs
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return ' '.join(formats) % metavar(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        subactions = getattr(action, '_get_subactions', None)
        if subactions is None:
            return
        self._indent()
        yield from subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_BLANKS.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_BLANKS.sub(' ', text).strip(), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


def _fit(parts, indent, width, prefix=None):
    """Usage parts joined by spaces into lines of at most width (the first after prefix)."""
    lines = []
    line = []
    length = (len(prefix) if prefix is not None else len(indent)) - 1
    for part in parts:
        if length + 1 + len(part) > width and line:
            lines.append(indent + ' '.join(line))
            line = []
            length = len(indent) - 1
        line.append(part)
        length += len(part) + 1
    if line:
        lines.append(indent + ' '.join(line))
    if prefix is not None:
        lines[0] = lines[0][len(indent):]
    return lines


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description's and epilog's own line breaks."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of every help text."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds '(default: ...)' to the help of arguments that have a default."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the type's name as the default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__
