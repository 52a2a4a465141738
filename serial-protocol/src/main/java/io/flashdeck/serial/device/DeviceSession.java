package io.flashdeck.serial.device;

import io.flashdeck.serial.agent.Agent;
import io.flashdeck.serial.agent.DeviceInfo;
import io.flashdeck.serial.agent.MountInfo;
import io.flashdeck.serial.agent.TransferTuning;
import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.repl.RawRepl;
import io.flashdeck.serial.repl.ReplSettings;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One connection to a device: its raw REPL and the agent in its RAM. Safe for several threads:
 * calls take turns under one lock. A file being read holds the device only between its reads;
 * any other call pauses it (the windows already asked for are kept) and it resumes where it was.
 *
 * <p>Opening ends whatever a previous connection left running (a transfer cut off mid-way),
 * enters the raw REPL without a soft reset, pastes the agent unless it is still in RAM, and
 * finishes or removes the leftovers of transfers that died. After an error that leaves the
 * device's state unknown (a timeout, garbage), the next call does the same again.
 */
public final class DeviceSession implements Closeable {

    /** One piece of work with the agent, run under the session's lock. */
    @FunctionalInterface
    interface AgentCall<T> {
        T run(Agent agent) throws IOException;
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Link link;
    private final ReplSettings settings;
    private final Set<DeviceReadStream> openStreams = ConcurrentHashMap.newKeySet();
    private RawRepl repl;
    private Agent agent;
    private TransferTuning tuning;
    private DeviceReadStream streaming;
    private boolean stale = true;
    private boolean inBatch;
    private boolean closed;

    private DeviceSession(Link link, ReplSettings settings) {
        this.link = link;
        this.settings = settings;
    }

    public static DeviceSession open(Link link, ReplSettings settings) throws IOException {
        DeviceSession session = new DeviceSession(link, settings);
        session.call(agent -> null);
        return session;
    }

    /** The port or pipe this session talks through. */
    public String name() {
        return link.name();
    }

    public DeviceInfo info() throws IOException {
        return call(Agent::info);
    }

    /** True when this connection had to paste the agent, false when it found it in the device's RAM. */
    public boolean agentPasted() throws IOException {
        return call(Agent::pasted);
    }

    public TransferTuning tuning() throws IOException {
        return call(Agent::tuning);
    }

    /** Overrides the transfer windows chosen from the device's free memory, for this connection. */
    public void setTuning(TransferTuning tuning) throws IOException {
        this.tuning = tuning;
        call(agent -> {
            agent.setTuning(tuning);
            return null;
        });
    }

    /** The mounted volumes with their current size and free space. */
    public List<MountInfo> mounts() throws IOException {
        return call(Agent::mounts);
    }

    /** The volume mounted at {@code mountPath} ({@code /flash}, {@code /sdcard}, or {@code /} on older firmware). */
    public DeviceVolume volume(String mountPath) throws IOException {
        for (MountInfo mount : mounts()) {
            if (mount.path().equals(mountPath)) {
                return new DeviceVolume(this, mount);
            }
        }
        throw new NoSuchFileException(name() + ":" + mountPath, null, "no volume is mounted there; mounts: "
                + mounts().stream().map(MountInfo::path).toList());
    }

    /** Runs Python code typed by a user; returns what it printed ({@link io.flashdeck.serial.repl.DeviceException} if it raised). */
    public byte[] exec(String code) throws IOException {
        return call(agent -> agent.repl().exec(code));
    }

    /** Formats a FAT mount (as the firmware does): every file on it is lost. */
    public void format(String mountPath) throws IOException {
        call(agent -> {
            agent.format(mountPath, false);
            return null;
        });
    }

    /** Formats a mount and writes OpenMV's default files ({@code main.py}, {@code README.txt}, {@code .openmv_disk}). */
    public void factoryReset(String mountPath) throws IOException {
        call(agent -> {
            agent.format(mountPath, true);
            return null;
        });
    }

    /** Soft reset: Python state (the agent with it) is lost, files stay; the agent is pasted again. */
    public void softReset() throws IOException {
        call(agent -> {
            agent.repl().softReset();
            this.agent = attach(agent.repl());
            return null;
        });
    }

    /** Hard reset ({@code machine.reset()}): the device reboots and its USB port goes away; this session ends. */
    public void hardReset() throws IOException {
        call(agent -> {
            agent.repl().start("import machine\nmachine.reset()\n");
            return null;
        });
        close();
    }

    /** Leaves the device in its friendly REPL and closes the link. */
    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            pauseStreaming();
            if (repl != null) {
                repl.close();
            } else {
                link.close();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} with the device to itself, pausing a read in progress. */
    <T> T call(AgentCall<T> work) throws IOException {
        lock.lock();
        try {
            refuseInsideBatch();
            pauseStreaming();
            return run(work);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs a batch transfer, which holds the device for its whole length: the contents it reads
     * or writes on the host must not use this session meanwhile, and fail if they try.
     */
    <T> T batch(AgentCall<T> work) throws IOException {
        return call(agent -> {
            inBatch = true;
            try {
                return work.run(agent);
            } finally {
                inBatch = false;
            }
        });
    }

    /** Only the thread running a batch holds the lock then; another call of its own would cut into the batch. */
    private void refuseInsideBatch() throws IOException {
        if (inBatch) {
            throw new IOException(name() + " is busy with a batch of files and cannot be read or written inside it");
        }
    }

    /** Runs a step of {@code stream}'s download: other streams pause, this one keeps the device. */
    <T> T stream(DeviceReadStream stream, AgentCall<T> step) throws IOException {
        lock.lock();
        try {
            refuseInsideBatch();
            if (streaming != stream) {
                pauseStreaming();
            }
            streaming = stream;
            return run(step);
        } finally {
            lock.unlock();
        }
    }

    void opened(DeviceReadStream stream) {
        openStreams.add(stream);
    }

    /** The stream is closed or finished: it holds nothing on the device any more. */
    void released(DeviceReadStream stream) {
        openStreams.remove(stream);
        lock.lock();
        try {
            if (streaming == stream) {
                streaming = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /** True while a file of this device is open for reading (an upload then must not read it mid-transfer). */
    boolean hasOpenStreams() {
        return !openStreams.isEmpty();
    }

    private <T> T run(AgentCall<T> work) throws IOException {
        if (closed) {
            throw new IOException("the session with " + name() + " is closed");
        }
        if (stale) {
            connect();
        }
        try {
            return work.run(agent);
        } catch (IOException | RuntimeException e) {
            if (!repl.inRawRepl()) {
                stale = true; // the device is somewhere mid-protocol: start over next time
                pauseStreaming();
            }
            throw e;
        }
    }

    private void pauseStreaming() throws IOException {
        DeviceReadStream paused = streaming;
        streaming = null;
        if (paused != null) {
            if (stale) {
                paused.abandon();
            } else {
                paused.pause();
            }
        }
    }

    private void connect() throws IOException {
        Agent.releaseAbandonedTransfer(link);
        repl = new RawRepl(link, settings);
        repl.enter();
        agent = attach(repl);
        agent.tidy();
        stale = false;
    }

    private Agent attach(RawRepl raw) throws IOException {
        Agent attached = Agent.attach(raw);
        if (tuning != null) {
            attached.setTuning(tuning);
        }
        return attached;
    }
}
