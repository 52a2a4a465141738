# A RAM file system that tests mount in real MicroPython where the WebAssembly build's VfsPosix
# cannot serve: it keeps names as the exact bytes given, as FatFs does on a camera (Emscripten's
# file system holds names as JavaScript strings, so it cannot store a name that is not UTF-8),
# and it has a small capacity, so it fills up. It refuses what FatFs refuses: renaming onto an
# existing name (EEXIST) and removing a directory that is not empty (EACCES, FatFs's FR_DENIED).
# statvfs may claim more free space than there is (claim > capacity), as a FAT volume's free
# count can, so that a write runs out of space part way. Errno numbers are Emscripten's, as the
# port's own file system raises them.


class ByteFile:

    def __init__(self, fs, data):
        self.fs = fs
        self.data = data
        self.pos = 0

    def write(self, b):
        n = len(b)
        if self.fs.used() + n > self.fs.capacity:
            raise OSError(51)
        self.data[self.pos:self.pos + n] = b
        self.pos += n
        return n

    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def read(self, n=-1):
        end = len(self.data) if n < 0 else min(len(self.data), self.pos + n)
        b = bytes(self.data[self.pos:end])
        self.pos = end
        return b

    def seek(self, off, whence=0):
        self.pos = off if whence == 0 else (self.pos + off if whence == 1 else len(self.data) + off)
        return self.pos

    def tell(self):
        return self.pos

    def flush(self):
        pass

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class ByteVfs:

    def __init__(self, capacity, claim=0):
        self.root = {}
        self.capacity = capacity
        self.claim = claim or capacity
        self.cwd = b'/'

    def mount(self, readonly, mkfs):
        pass

    def umount(self):
        pass

    def parts(self, path):
        p = path.encode() if isinstance(path, str) else bytes(path)
        if not p.startswith(b'/'):
            p = self.cwd + b'/' + p
        return [x for x in p.split(b'/') if x]

    def node(self, path):
        n = self.root
        for x in self.parts(path):
            if not isinstance(n, dict) or x not in n:
                return None
            n = n[x]
        return n

    def parent(self, path):
        ps = self.parts(path)
        d = self.node(b'/' + b'/'.join(ps[:-1]))
        if d is None:
            raise OSError(44)
        if not isinstance(d, dict):
            raise OSError(54)
        return d, ps[-1]

    def used(self, n=None):
        n = self.root if n is None else n
        if isinstance(n, dict):
            return sum([self.used(c) for c in n.values()])
        return len(n)

    def ilistdir(self, path):
        d = self.node(path)
        if d is None:
            raise OSError(44)
        if not isinstance(d, dict):
            raise OSError(54)
        text = isinstance(path, str)
        for name, n in list(d.items()):
            kind = 0x4000 if isinstance(n, dict) else 0x8000
            yield (name.decode() if text else name, kind, 0, 0 if kind == 0x4000 else len(n))

    def stat(self, path):
        n = self.node(path)
        if n is None:
            raise OSError(44)
        if isinstance(n, dict):
            return (0x4000, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        return (0x8000, 0, 0, 0, 0, 0, len(n), 0, 0, 0)

    def statvfs(self, path):
        free = max(0, self.claim - self.used())
        return (512, 512, self.claim // 512, free // 512, free // 512, 0, 0, 0, 0, 255)

    def mkdir(self, path):
        d, name = self.parent(path)
        if name in d:
            raise OSError(20)
        d[name] = {}

    def rmdir(self, path):
        d, name = self.parent(path)
        if not isinstance(d.get(name), dict):
            raise OSError(44 if name not in d else 54)
        if d[name]:
            raise OSError(2)
        del d[name]

    def remove(self, path):
        d, name = self.parent(path)
        if name not in d:
            raise OSError(44)
        if isinstance(d[name], dict):
            raise OSError(31)
        del d[name]

    def rename(self, a, b):
        da, na = self.parent(a)
        db, nb = self.parent(b)
        if na not in da:
            raise OSError(44)
        if nb in db:
            raise OSError(20)
        db[nb] = da.pop(na)

    def open(self, path, mode):
        d, name = self.parent(path)
        if 'w' in mode:
            if isinstance(d.get(name), dict):
                raise OSError(31)
            d[name] = bytearray()
        elif name not in d:
            raise OSError(44)
        elif isinstance(d[name], dict):
            raise OSError(31)
        return ByteFile(self, d[name])

    def chdir(self, path):
        if not isinstance(self.node(path), dict):
            raise OSError(44)
        self.cwd = b'/' + b'/'.join(self.parts(path))

    def getcwd(self):
        return self.cwd.decode()
