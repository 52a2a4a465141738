# FlashDeck's device agent. The host pastes it into the raw REPL once per connection (it stays in
# RAM as the object _fdagent) and then calls it with one-line execs such as
# _fdagent.ls(b'/flash'). Runs on MicroPython 1.19 and later.
#
# Rules for this file (the host minifies it before pasting): 4-space indents, no multi-line
# strings, comments only on lines of their own.
#
# Paths arrive as bytes literals (printable ASCII as itself, every other byte, quote and backslash
# escaped), so no name is ever spliced into code as text. Replies are text lines with names and
# paths in hex. Errors the agent detects itself are raised as OSError('fd:ENAME'); errors of the
# file system pass through with the port's errno.
#
# The transfer calls are one letter (U, G, g) because small files are sent many per second: the
# command is much of the overhead. Their window sizes are set once per connection with t().
#
# Transfers move raw binary with Ctrl-C disabled (micropython.kbd_intr(-1)). The device grants
# credit as 0x01 + u16 LE byte count: a grant of k means "I am about to read k bytes and nothing
# else", so a receive buffer never overflows. The host answers every grant with exactly one
# message: b'w' + u16 LE m (m <= k) + those m bytes as frames of b'd' + at most F (1024) bytes, or
# b'x' to send nothing more. Any other byte where a message or frame should start counts as b'x':
# a new connection sends Ctrl-C bytes (more than one frame's worth) and so ends a transfer its
# predecessor left waiting.
#   upload (U): the answers carry one stream of records, none of which is split between two
#     answers except file data: b'h' + u16 LE n + path (n bytes) + u32 LE size opens a file, the
#     next size bytes are its data, and b'c' + the SHA-256 of that data commits it. The answer
#     holding the last records starts b'z' instead of b'w'; every later grant gets an empty
#     answer. Windows of W bytes: the device grants the first E bytes of the next window before it
#     writes the current one to its files (they wait in the receive buffer), the rest after; the
#     whole window at once when it has nothing to write, and nothing after the last answer. A file
#     goes to .fdtmp-ID beside its target and is put in place only when the host's hash matches
#     the device's own hash of what arrived; then the device prints 0x06. The first failure
#     (fd:EBADMSG for a hash that differs, no space, a missing directory...) ends the call with
#     that exception: the files with a 0x06 are in place, the others untouched. b'x' from the
#     host cancels (fd:ECANCELED).
#   download (g): the device sends 0x03 + u64 LE file size and the first window at once, then one
#     window for each b'g' it reads: 0x01 + the data, or 0x05 once the file cannot be read (it
#     shrank, or an I/O error); after a 0x05 it answers every b'g' so, until the host sends another
#     byte. It stops at any byte other than b'g' and ends with 0x02 + SHA-256 of the bytes it sent.
#     A file that fits one window thus costs no exchange of its own.
#   downloads (G): one grant of W bytes for the paths (each u16 LE n + n bytes), then each file as
#     g sends it, back to back; the first file that cannot be read ends the call with its error,
#     and a file the host stops (or could not be read to its end) ends it quietly.
#
# Replacing a file never leaves it half-written: the new content goes to .fdtmp-ID beside it and
# is checked; then a note .fdswap-ID (holding the real name) is written, the old file is renamed
# to .fdold-ID (FatFs's rename refuses an existing target), the new one into place, and the old
# one and the note are removed. tidy() rolls an interrupted swap forward and removes temporaries.

class _FdAgent:

    def __init__(self):
        self.V = ''
        self.F = 1024
        self.W = 1024
        self.E = 448
        self.n = 0
        self.b = None
        self.z = False

    def t(self, win, early):
        # the transfer windows: W bytes per window, E of the next one granted early
        self.W = win
        self.E = early

    def err(self, name):
        raise OSError('fd:' + name)

    def hx(self, b):
        import binascii
        return binascii.hexlify(b).decode()

    def kind(self, p):
        import os
        try:
            m = os.stat(p)[0]
        except OSError:
            return None
        return 'd' if m & 0x4000 else 'f'

    def split(self, p):
        i = p.rfind(b'/')
        return (p[:i] or b'/', p[i + 1:])

    def join(self, d, n):
        return d + n if d.endswith(b'/') else d + b'/' + n

    def parent(self, p):
        d = self.split(p)[0]
        k = self.kind(d)
        if k is None:
            self.err('ENOENT')
        if k != 'd':
            self.err('ENOTDIR')
        return d

    def when(self, t):
        import time
        if not t:
            return '-'
        try:
            y = time.localtime(t)
        except Exception:
            return '-'
        return '%04d%02d%02d%02d%02d%02d' % y[:6]

    def kv(self, k, v):
        print(k + '=' + str(v).replace('\n', ' '))

    def info(self):
        import sys, os, gc
        i = sys.implementation
        self.kv('impl', i.name)
        self.kv('version', '.'.join([str(v) for v in i.version[:3]]))
        self.kv('machine', getattr(i, '_machine', ''))
        self.kv('platform', sys.platform)
        try:
            u = os.uname()
            self.kv('release', u.release)
            self.kv('board', u.machine)
        except AttributeError:
            pass
        try:
            import omv
            self.kv('firmware', omv.version_string())
            self.kv('board', omv.board_type())
        except Exception:
            pass
        gc.collect()
        self.kv('free', gc.mem_free())

    def vfs(self):
        try:
            import vfs
        except ImportError:
            import os as vfs
        return vfs

    def mounts(self):
        import os
        try:
            ms = [(m[1], type(m[0]).__name__) for m in self.vfs().mount()]
        except TypeError:
            ms = self.probe()
        for p, t in ms:
            try:
                s = os.statvfs(p)
            except OSError:
                continue
            print(self.hx(p.encode()), t or '-', s[0], s[1], s[2], s[3], s[4])

    def probe(self):
        # before MicroPython 1.25, mount() takes no listing call: a real volume at '/' (OpenMV
        # before 4.6), or a virtual root (statvfs all zeros) whose entries are the mount points
        import os
        if os.statvfs('/')[2]:
            return [('/', '')]
        r = []
        for n in os.listdir('/'):
            try:
                if os.statvfs('/' + n)[2]:
                    r.append(('/' + n, ''))
            except OSError:
                pass
        return r

    def line(self, s):
        if s[0] & 0x4000:
            print('d', 0, self.when(s[8]), end=' ')
        else:
            print('f', s[6], self.when(s[8]), end=' ')

    def st(self, p):
        import os
        try:
            s = os.stat(p)
        except OSError:
            self.err('ENOENT')
        self.line(s)
        print()

    def ls(self, p):
        import os
        k = self.kind(p)
        if k != 'd':
            self.err('ENOTDIR' if k else 'ENOENT')
        count = 0
        ours = False
        for e in os.ilistdir(p):
            count += 1
            ours = ours or e[0].startswith(b'.fd')
        if ours:
            self.tidy(p)
        # a time needs a stat per entry, which FatFs answers by scanning the directory again
        timed = count <= 256
        for e in os.ilistdir(p):
            s = None
            if timed or len(e) < 4:
                try:
                    s = os.stat(self.join(p, e[0]))
                except OSError:
                    pass
            if s:
                self.line(s)
            else:
                d = e[1] & 0x4000
                print('d' if d else 'f', e[3] if len(e) > 3 and not d else 0, '-', end=' ')
            print(self.hx(e[0]))

    def rename(self, a, b):
        # by relative names from a directory holding both: VfsPosix under a root (MicroPython
        # 1.27) builds two absolute paths in one buffer and so renames the second onto itself
        import os
        c = self.split(a)[0]
        while c != b'/' and not b.startswith(c + b'/'):
            c = self.split(c)[0]
        cwd = os.getcwd()
        os.chdir(c)
        try:
            os.rename(a[len(c):].lstrip(b'/'), b[len(c):].lstrip(b'/'))
        finally:
            os.chdir(cwd)

    def mk(self, p):
        import os
        self.parent(p)
        if self.kind(p):
            self.err('EEXIST')
        os.mkdir(p)

    def rm(self, p, deep):
        import os
        k = self.kind(p)
        if k is None:
            self.err('ENOENT')
        if k == 'f':
            os.remove(p)
            return
        if deep:
            self.empty(p)
        else:
            for e in os.ilistdir(p):
                self.err('ENOTEMPTY')
        os.rmdir(p)

    def empty(self, top):
        # depth first without recursion: a camera's C stack is small
        import os
        stack = [top]
        while stack:
            p = stack[-1]
            batch = []
            for e in os.ilistdir(p):
                batch.append((self.join(p, e[0]), e[1] & 0x4000))
                if len(batch) == 64:
                    break
            if not batch:
                stack.pop()
                if p != top:
                    os.rmdir(p)
                continue
            sub = None
            for q, d in batch:
                if not d:
                    os.remove(q)
                elif sub is None:
                    sub = q
            if sub:
                stack.append(sub)

    def mv(self, a, b):
        import os
        if self.kind(a) is None:
            self.err('ENOENT')
        self.parent(b)
        # FAT finds names without regard to case: a rename that changes only case is allowed
        if self.kind(b) and a.lower() != b.lower():
            self.err('EEXIST')
        if b.startswith(a + b'/'):
            self.err('EINVAL')
        self.rename(a, b)

    def sha(self, p):
        import hashlib
        k = self.kind(p)
        if k != 'f':
            self.err('EISDIR' if k else 'ENOENT')
        h = hashlib.sha256()
        buf = bytearray(4096)
        mv = memoryview(buf)
        with open(p, 'rb') as f:
            while True:
                n = f.readinto(buf)
                if not n:
                    break
                h.update(mv[:n])
        print(self.hx(h.digest()))

    def sync(self):
        import os
        if hasattr(os, 'sync'):
            os.sync()

    def tag(self, d):
        import time
        while True:
            self.n += 1
            t = ('%x%x' % (time.ticks_ms() & 0xffff, self.n)).encode()
            if self.kind(self.join(d, b'.fdtmp-' + t)) is None:
                return t

    def tidy(self, d):
        # leftovers of transfers that died: roll a noted swap forward, drop temporaries
        import os
        names = [e[0] for e in os.ilistdir(d) if e[0].startswith(b'.fd')]
        for n in names:
            try:
                if n.startswith(b'.fdswap-'):
                    t = n[8:]
                    with open(self.join(d, n), 'rb') as f:
                        real = self.join(d, f.read())
                    self.place(self.join(d, b'.fdtmp-' + t), real, d, t)
            except OSError:
                pass
        for n in names:
            if n.startswith(b'.fdtmp-') and self.kind(self.join(d, n)) == 'f':
                os.remove(self.join(d, n))

    def tidyall(self):
        import os
        try:
            ds = [m[1] for m in self.vfs().mount()]
        except TypeError:
            ds = [p for p, t in self.probe()]
        for d in ds:
            try:
                self.tidy(d if isinstance(d, bytes) else d.encode())
            except OSError:
                pass

    def place(self, tmp, p, d, t):
        # the swap described at the top; every step is repeatable, so tidy() can finish it
        import os
        note = self.join(d, b'.fdswap-' + t)
        old = self.join(d, b'.fdold-' + t)
        if self.kind(tmp) == 'f':
            if self.kind(p) and self.kind(old) is None:
                if self.kind(note) is None:
                    with open(note, 'wb') as f:
                        f.write(self.split(p)[1])
                self.rename(p, old)
            try:
                self.rename(tmp, p)
            except OSError:
                if self.kind(old) and self.kind(p) is None:
                    self.rename(old, p)
                raise
        if self.kind(old):
            os.remove(old)
        if self.kind(note):
            os.remove(note)

    def room(self, d, size):
        import os
        try:
            s = os.statvfs(d)
        except OSError:
            return
        unit = s[1] or s[0] or 1
        if s[2] and (size + unit - 1) // unit + 1 > s[4]:
            self.err('ENOSPC')

    def grant(self, out, owed, k):
        if k:
            out.write(b'\x01' + k.to_bytes(2, 'little'))
            owed.append(k)
        return k

    def take(self, inp, mv, at, k):
        # one granted run of frames into mv[at:at + k]; False when the host gave up
        end = at + k
        while at < end:
            if inp.read(1) != b'd':
                return False
            stop = min(at + self.F, end)
            while at < stop:
                got = inp.readinto(mv[at:stop])
                if not got:
                    return False
                at += got
        return True

    def answer(self, inp, mv, at, k):
        # the host's answer to a grant of k, into mv[at:]: its length, or -1 for b'x'; b'z'
        # instead of b'w' marks the last answer with records (self.z)
        c = inp.read(1)
        if c != b'w' and c != b'z':
            return -1
        self.z = self.z or c == b'z'
        m = int.from_bytes(inp.read(2), 'little')
        if m > k or not self.take(inp, mv, at, m):
            return -1
        return m

    def U(self):
        import sys, micropython
        inp = sys.stdin.buffer
        out = sys.stdout.buffer
        mv = memoryview(bytearray(self.W))
        owed = []
        n = 0
        self.z = False
        micropython.kbd_intr(-1)
        try:
            while True:
                last = self.z
                if n and not last:
                    self.grant(out, owed, self.E)
                try:
                    self.feed(mv, n, out)
                except Exception:
                    # what the host was told it may send must not reach the REPL as code
                    while owed and self.answer(inp, mv, 0, owed.pop(0)) >= 0:
                        pass
                    raise
                if last:
                    if self.b:
                        self.err('EPROTO')
                    return
                self.grant(out, owed, self.W - self.E if n else self.W)
                n = 0
                while owed:
                    k = self.answer(inp, mv, n, owed.pop(0))
                    if k < 0:
                        self.err('ECANCELED')
                    n += k
        finally:
            micropython.kbd_intr(3)
            self.drop()

    def feed(self, mv, n, out):
        # the upload records in mv[:n]
        at = 0
        while at < n:
            b = self.b
            if b and b[5]:
                k = min(b[5], n - at)
                b[3].write(mv[at:at + k])
                b[4].update(mv[at:at + k])
                b[5] -= k
                at += k
            elif b:
                # a file's data is followed by its commit and nothing else
                if mv[at] != 0x63:
                    self.err('EPROTO')
                self.commit1(bytes(mv[at + 1:at + 33]))
                out.write(b'\x06')
                at += 33
            elif mv[at] == 0x68:
                m = mv[at + 1] | mv[at + 2] << 8
                at += 7 + m
                self.open1(bytes(mv[at - 4 - m:at - 4]), int.from_bytes(bytes(mv[at - 4:at]), 'little'))
            else:
                self.err('EPROTO')

    def open1(self, p, size):
        import hashlib
        d = self.parent(p)
        k = self.kind(p)
        if k == 'd':
            self.err('EISDIR')
        self.room(d, size)
        t = self.tag(d)
        tmp = self.join(d, b'.fdtmp-' + t)
        self.b = [p, d, t, None, hashlib.sha256(), size, tmp, k]
        self.b[3] = open(tmp, 'wb')

    def commit1(self, theirs):
        p, d, t, f, h, left, tmp, k = self.b
        self.b[3] = None
        f.close()
        if theirs != h.digest():
            self.err('EBADMSG')
        # a new file needs no swap: nothing is there to keep
        if k:
            self.place(tmp, p, d, t)
        else:
            self.rename(tmp, p)
        self.b = None

    def drop(self):
        # the temporary file of an upload that did not finish
        import os
        b = self.b
        self.b = None
        if b:
            if b[3]:
                b[3].close()
            if self.kind(b[6]):
                os.remove(b[6])

    def fill(self, f, mv, n):
        got = 0
        while got < n:
            k = f.readinto(mv[got:n])
            if not k:
                break
            got += k
        return got

    def g(self, p, off=0):
        import os, sys, hashlib, micropython
        k = self.kind(p)
        if k != 'f':
            self.err('EISDIR' if k else 'ENOENT')
        inp = sys.stdin.buffer
        out = sys.stdout.buffer
        h = hashlib.sha256()
        win = self.W
        size = os.stat(p)[6]
        left = max(size - off, 0)
        buf = bytearray(min(win, left) or 1)
        mv = memoryview(buf)
        ok = True
        with open(p, 'rb') as f:
            f.seek(min(off, size))
            out.write(b'\x03' + size.to_bytes(8, 'little'))
            micropython.kbd_intr(-1)
            try:
                # the first window goes unasked; each further one answers a b'g'
                while left:
                    n = min(win, left)
                    if ok:
                        try:
                            ok = self.fill(f, mv, n) == n
                        except OSError:
                            ok = False
                    if ok:
                        out.write(b'\x01')
                        out.write(mv[:n])
                        h.update(mv[:n])
                        left -= n
                    else:
                        out.write(b'\x05')
                    if left and inp.read(1) != b'g':
                        break
            finally:
                micropython.kbd_intr(3)
        out.write(b'\x02' + h.digest())
        return not left

    def G(self):
        import sys, micropython
        mv = memoryview(bytearray(self.W))
        micropython.kbd_intr(-1)
        try:
            self.grant(sys.stdout.buffer, [], self.W)
            n = self.answer(sys.stdin.buffer, mv, 0, self.W)
        finally:
            micropython.kbd_intr(3)
        if n < 0:
            self.err('ECANCELED')
        ps = []
        at = 0
        while at < n:
            m = mv[at] | mv[at + 1] << 8
            ps.append(bytes(mv[at + 2:at + 2 + m]))
            at += 2 + m
        mv = None
        for p in ps:
            if not self.g(p):
                break

    def fmt(self, mp, defaults):
        import os
        vfs = self.vfs()
        if not hasattr(vfs, 'VfsFat'):
            self.err('EOPNOTSUPP')
        m = mp.decode()
        dev = self.bdev(m)
        cwd = os.getcwd()
        try:
            vfs.umount(m)
        except OSError:
            pass
        vfs.VfsFat.mkfs(dev)
        vfs.mount(vfs.VfsFat(dev), m)
        if defaults:
            self.defaults(mp)
        try:
            os.chdir(cwd)
        except OSError:
            os.chdir(m)

    def bdev(self, m):
        # the block devices OpenMV's _boot.py mounts; before OpenMV 4.6 '/' is the SD card when
        # one is inserted, otherwise the internal flash
        if m == '/sdcard' or m == '/':
            try:
                import pyb
                s = pyb.SDCard()
                if m == '/sdcard' or s.present():
                    return s
            except Exception:
                if m == '/sdcard':
                    import machine
                    return machine.SDCard(1)
        if m == '/flash' or m == '/':
            try:
                import pyb
                return pyb.Flash(start=0)
            except Exception:
                pass
            try:
                import mimxrt
                return mimxrt.Flash()
            except Exception:
                pass
            import rp2
            return rp2.Flash()
        self.err('ENODEV')

    def defaults(self, mp):
        # OpenMV firmware's files for a fresh flash (scripts/libraries/_boot.py): main.py blinks
        # the blue LED (on 150 ms, off 100 ms, on 150 ms, off 600 ms), README.txt points to the
        # IDE download, the documentation, the forums and the issue tracker, and .openmv_disk is
        # an empty marker the IDE looks for.
        main = 'import time\nfrom machine import LED\n\nled = LED("LED_BLUE")\n\nwhile True:\n    led.on()\n    time.sleep_ms(150)\n    led.off()\n    time.sleep_ms(100)\n    led.on()\n    time.sleep_ms(150)\n    led.off()\n    time.sleep_ms(600)\n'
        readme = 'Thank you for supporting the OpenMV project!\n\nTo download the IDE, please visit:\nhttps://openmv.io/pages/download\n\nFor tutorials and documentation, please visit:\nhttp://docs.openmv.io/\n\nFor technical support and projects, please visit the forums:\nhttp://forums.openmv.io/\n\nPlease use github to report bugs and issues:\nhttps://github.com/openmv/openmv\n'
        for n, text in ((b'main.py', main), (b'README.txt', readme), (b'.openmv_disk', '')):
            with open(self.join(mp, n), 'w') as f:
                f.write(text)


_fdagent = _FdAgent()
del _FdAgent
