import logging
import os
import tempfile

# With no encoding, FileHandler and basicConfig(filename=) use io.text_encoding(None).
d = tempfile.mkdtemp()
fh = logging.FileHandler(os.path.join(d, "a.log"))
print(fh.encoding, fh.errors)
fh.close()
logging.basicConfig(filename=os.path.join(d, "b.log"))
print(logging.getLogger().handlers[0].encoding, logging.getLogger().handlers[0].errors)
logging.shutdown()
