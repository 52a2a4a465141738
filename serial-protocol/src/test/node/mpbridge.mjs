// Real MicroPython (the WebAssembly build) as a byte stream on stdin/stdout, so that the
// serial-protocol tests can talk to it the way they talk to a camera's USB serial port.
//
//   node mpbridge.mjs [FLASH_DIR [SDCARD_DIR]]
//
// FLASH_DIR and SDCARD_DIR are directories of the interpreter's own file system (this build
// has only an in-memory one; default /flashdir and /sdcarddir). They are created and mounted
// with vfs.VfsPosix at /flash and /sdcard before the REPL starts, as a camera's volumes are.
//
// Everything is synchronous on purpose: bytes typed at the REPL and bytes that running code
// reads from sys.stdin come from the same blocking reads of fd 0, in order. An event-driven
// bridge would leave running code without any stdin at all.
import fs from "node:fs";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

const mountDirs = { "/flash": process.argv[2] ?? "/flashdir", "/sdcard": process.argv[3] ?? "/sdcarddir" };

const input = Buffer.alloc(64 * 1024);
let inputStart = 0;
let inputEnd = 0;
const output = Buffer.alloc(64 * 1024);
let outputLength = 0;
let lastFourOut = 0; // the last four bytes written, to tell how a soft reset was asked for
let muted = false;

function sleepBriefly() {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
}

function flushOutput() {
  let done = 0;
  while (done < outputLength) {
    try {
      done += fs.writeSync(1, output, done, outputLength - done);
    } catch (e) {
      if (e.code !== "EAGAIN") throw e;
      sleepBriefly();
    }
  }
  outputLength = 0;
}

function emit(bytes) {
  if (muted) return;
  let marker = false;
  for (const b of bytes) {
    if (outputLength === output.length) flushOutput();
    output[outputLength++] = b;
    lastFourOut = ((lastFourOut << 8) | b) >>> 0;
    marker ||= b <= 0x04;
  }
  // A write holding a protocol marker (raw-paste or transfer credit, end of output) goes out at
  // once and whole, as from a camera, even when the interpreter then works on without asking
  // for input; other output waits for the next marker or read, to save system calls.
  if (marker) flushOutput();
}

// The next input byte, blocking; null once stdin is closed. Output is flushed first, since
// the host usually waits for it before it sends more.
function nextByte() {
  while (inputStart === inputEnd) {
    flushOutput();
    let n;
    try {
      n = fs.readSync(0, input, 0, input.length, null);
    } catch (e) {
      if (e.code === "EAGAIN") { sleepBriefly(); continue; }
      if (e.code === "EOF") return null;
      throw e;
    }
    if (n === 0) return null;
    inputStart = 0;
    inputEnd = n;
  }
  return input[inputStart++];
}

function copyTree(fromFs, toFs, dir) {
  toFs.mkdirTree(dir);
  for (const name of fromFs.readdir(dir)) {
    if (name === "." || name === "..") continue;
    const path = `${dir}/${name}`;
    if (fromFs.isDir(fromFs.stat(path).mode)) copyTree(fromFs, toFs, path);
    else toFs.writeFile(path, fromFs.readFile(path));
  }
}

async function boot(previous) {
  const mp = await loadMicroPython({
    stdin: nextByte,
    stdout: emit,
    stderr: (bytes) => fs.writeSync(2, bytes),
    linebuffer: false,
  });
  // MicroPython hands its output over byte by byte, so a credit's count can sit here behind its
  // marker while the interpreter works on files. A camera's USB sends while its CPU works: so
  // whatever waits goes out before each file-system call.
  for (const call of ["open", "close", "read", "write", "stat", "lstat", "rename", "unlink", "mkdir", "rmdir"]) {
    const original = mp.FS[call];
    mp.FS[call] = (...args) => {
      flushOutput();
      return original.apply(mp.FS, args);
    };
  }
  // A soft reset restarts the interpreter; the volumes' files survive it, as on a camera.
  if (previous) for (const dir of Object.values(mountDirs)) copyTree(previous.FS, mp.FS, dir);
  mp.runPython(
    "import os, vfs\n" +
      Object.entries(mountDirs)
        .map(([point, dir]) =>
          `try:\n  os.mkdir(${JSON.stringify(dir)})\nexcept OSError:\n  pass\n` +
          `vfs.mount(vfs.VfsPosix(${JSON.stringify(dir)}), ${JSON.stringify(point)})\n`)
        .join("") +
      "del os, vfs\n",
  );
  return mp;
}

let mp = await boot(null);
mp.replInit();
for (let c = nextByte(); c !== null; c = nextByte()) {
  if (mp.replProcessChar(c) === 0) continue;
  // Ctrl-D asked for a soft reset: a raw REPL answered "OK\r\n" and comes back raw.
  const wasRaw = lastFourOut === 0x4f4b0d0a;
  emit(Buffer.from("MPY: soft reboot\r\n"));
  mp = await boot(mp);
  muted = wasRaw; // a camera in raw REPL prints no friendly banner after a soft reset
  mp.replInit();
  muted = false;
  if (wasRaw) mp.replProcessChar(1);
}
flushOutput();
