from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.getpos(), self.get_starttag_text()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_data(self, data):
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))


DOCS = [
    '<!DOCTYPE html>\n<html lang="en"><head><title>T &amp; t</title></head>\n<body class=main id=\'b\'>\n<p>Hi &lt;there&gt; &copy; &#169; &#xA9; &unknown; &amp</p></body></html>',
    '<a href="x?a=1&amp;b=2" disabled CHECKED=checked data-x = "y" />text<br/><img src=x.png alt="">',
    '<script>if (a < b && c > d) { x = "</p>"; }</script><style>p > a {}</style ><p>after',
    '<!-- a comment --><!--- weird -- --><!----><?xml version="1.0"?><![CDATA[ raw <x> ]]><![if !IE]>x<![endif]>',
    '<p>unclosed <b>bold <i>both</b> end',
    '< p>not a tag</ p>< /p><//x></>',
    '<div\nclass="multi\nline"\n>x</div\n>',
    '<a b=\'c\' d="e" f=g h>i</a>',
    'a < b and c > d & e; &#; &#x; &# x',
    '<!bogus comment><!DOCTYPE>',
    '<p title="&quot;quoted&quot; &amp; &#39;single&#39;">x</p>',
    '<tag/with/slashes a/b=c>',
    '<SPAN ID=X>Upper</SPAN>',
    '<script>never closed',
    '<a href=foo/>x',
    'text &amp more &#1234 stuff &xyz',
]
for doc in DOCS:
    for convert in (True, False):
        p = Recorder(convert_charrefs=convert)
        p.feed(doc)
        p.close()
        print(convert, repr(doc[:30]))
        for e in p.events:
            print('  ', e)
# fed one character at a time
for doc in DOCS[:4] + DOCS[8:9] + DOCS[-1:]:
    p = Recorder()
    for c in doc:
        p.feed(c)
    p.close()
    print('chars', p.events)
p = Recorder()
p.feed('<p>abc &am')
print(p.events, repr(p.rawdata))
p.feed('p; def')
print(p.events)
p.close()
print(p.events, p.getpos(), p.lasttag)
p.reset()
print(p.rawdata, p.getpos(), p.lasttag, p.cdata_elem)
print(HTMLParser().convert_charrefs, HTMLParser.CDATA_CONTENT_ELEMENTS)
