"""HTMLParser: a lenient HTML tokenizer that calls handle_starttag, handle_data, … as it reads.

Text may be fed in pieces: anything that might continue (a tag, a character reference cut
off at the end) is kept until more comes or close() is called. The contents of <script> and
<style> are passed on as data until their end tag.
"""

import re
from html import unescape

__all__ = ['HTMLParser']

interesting_normal = re.compile('[&<]')
incomplete = re.compile('&[a-zA-Z#]')
entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
starttagopen = re.compile('<[a-zA-Z]')
piclose = re.compile('>')
commentclose = re.compile(r'--\s*>')
# a tag name, then what may separate it from the attributes
tagfind_tolerant = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
# one attribute: name, then optionally = and a quoted or bare value
attrfind_tolerant = re.compile(r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
                               r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
# how far a start tag reaches: its name and attributes
locatestarttagend_tolerant = re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*
  (?:[\s/]*
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*
      (?:\s*=+\s*
        (?:'[^']*'
          |"[^"]*"
          |(?!['"])[^>\s]*
         )
        \s*
       )?(?:\s|/(?!>))*
     )*
   )?
  \s*
""", re.VERBOSE)
endendtag = re.compile('>')
endtagfind = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')

_declname_match = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*').match
_markedsectionclose = re.compile(r']\s*]\s*>')
_msmarkedsectionclose = re.compile(r']\s*>')
_need_more_after_amp = re.compile(r'[\s;]')


class HTMLParser:
    """Feed it text with feed(); override the handle_* methods to receive what it finds."""

    CDATA_CONTENT_ELEMENTS = ('script', 'style')

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forgets everything fed so far."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = interesting_normal
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        """Parses as much of the text fed so far as can be."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Parses what is left, as if the text ended here."""
        self.goahead(1)

    __starttag_text = None

    def get_starttag_text(self):
        """The text of the last start tag, as it was written."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = interesting_normal
        self.cdata_elem = None

    # ---- positions

    def getpos(self):
        """(line, column) of the start of what is being handled."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        if i >= j:
            return j
        rawdata = self.rawdata
        lines = rawdata.count('\n', i, j)
        if lines:
            self.lineno = self.lineno + lines
            self.offset = j - (rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    # ---- the main loop

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(text))
        else:
            self.handle_data(text)

    def goahead(self, end):
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = rawdata.find('<', i)
                if j < 0:
                    # a character reference may be cut off at the end: wait for more text
                    amp = rawdata.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _need_more_after_amp.search(rawdata, amp):
                        break
                    j = n
            else:
                match = self.interesting.search(rawdata, i)
                if match:
                    j = match.start()
                else:
                    if self.cdata_elem:
                        break
                    j = n
            if i < j:
                self._text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                if starttagopen.match(rawdata, i):
                    k = self.parse_starttag(i)
                elif rawdata.startswith('</', i):
                    k = self.parse_endtag(i)
                elif rawdata.startswith('<!--', i):
                    k = self.parse_comment(i)
                elif rawdata.startswith('<?', i):
                    k = self.parse_pi(i)
                elif rawdata.startswith('<!', i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data('<')
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # at the end, an unfinished construct is text up to its '>' (or next '<')
                    k = rawdata.find('>', i + 1)
                    if k < 0:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith('&#', i):
                match = charref.match(rawdata, i)
                if match:
                    self.handle_charref(match.group()[2:-1])
                    k = match.end()
                    if not rawdata.startswith(';', k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                if ';' in rawdata[i:]:
                    # not a reference: pass "&#" on as text
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith('&', i):
                match = entityref.match(rawdata, i)
                if match:
                    self.handle_entityref(match.group(1))
                    k = match.end()
                    if not rawdata.startswith(';', k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                match = incomplete.match(rawdata, i)
                if match:
                    if end and match.group() == rawdata[i:]:
                        k = match.end()
                        if k <= i:
                            k = n
                        i = self.updatepos(i, i + 1)
                    break
                elif i + 1 < n:
                    self.handle_data('&')
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError('interesting.search() lied')
        if end and i < n and not self.cdata_elem:
            self._text(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    # ---- the constructs

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            gtpos = rawdata.find('>', i + 9)
            if gtpos == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gtpos])
            return gtpos + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        rawdata = self.rawdata
        pos = rawdata.find('>', i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_comment(self, i, report=1):
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        match = commentclose.search(rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:match.start(0)])
        return match.end(0)

    def _scan_name(self, i, declstartpos):
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        m = _declname_match(rawdata, i)
        if m:
            s = m.group()
            if i + len(s) == n:
                return None, -1
            return s.strip().lower(), m.end()
        self.updatepos(declstartpos, i)
        raise AssertionError('expected name token at %r' % rawdata[declstartpos:declstartpos + 20])

    def parse_marked_section(self, i, report=1):
        rawdata = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in {'temp', 'cdata', 'ignore', 'include', 'rcdata'}:
            match = _markedsectionclose.search(rawdata, i + 3)
        elif name in {'if', 'else', 'endif'}:
            match = _msmarkedsectionclose.search(rawdata, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % rawdata[i + 3:j])
        if not match:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:match.start(0)])
        return match.end(0)

    def parse_pi(self, i):
        rawdata = self.rawdata
        match = piclose.search(rawdata, i + 2)
        if not match:
            return -1
        self.handle_pi(rawdata[i + 2:match.start()])
        return match.end()

    def parse_starttag(self, i):
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:endpos]
        attrs = []
        match = tagfind_tolerant.match(rawdata, i + 1)
        k = match.end()
        self.lasttag = tag = match.group(1).lower()
        while k < endpos:
            m = attrfind_tolerant.match(rawdata, k)
            if not m:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == '\'' == value[-1:] or value[:1] == '"' == value[-1:]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        rest = rawdata[k:endpos].strip()
        if rest not in ('>', '/>'):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if rest.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        """Where the start tag at i ends, or -1 if the text so far does not tell."""
        rawdata = self.rawdata
        m = locatestarttagend_tolerant.match(rawdata, i)
        j = m.end()
        following = rawdata[j:j + 1]
        if following == '>':
            return j + 1
        if following == '/':
            if rawdata.startswith('/>', j):
                return j + 2
            if rawdata.startswith('/', j):
                return -1
            return j if j > i else i + 1
        if following == '':
            return -1
        if following in 'abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ':
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        rawdata = self.rawdata
        match = endendtag.search(rawdata, i + 1)
        if not match:
            return -1
        gtpos = match.end()
        match = endtagfind.match(rawdata, i)
        if not match:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            namematch = tagfind_tolerant.match(rawdata, i + 2)
            if not namematch:
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            tagname = namematch.group(1).lower()
            # whatever stands between the name and the next '>' is ignored
            gtpos = rawdata.find('>', namematch.end())
            self.handle_endtag(tagname)
            return gtpos + 1
        elem = match.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # ---- what subclasses override

    def handle_startendtag(self, tag, attrs):
        """An empty-element tag (<br/>): a start tag and its end tag by default."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
