package io.flashdeck.serial.link;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A USB serial port (jSerialComm) at 115200 baud, 8N1, DTR asserted, opened exclusively (jSerialComm's
 * lock, left on, so two programs never interleave bytes on one camera). Any
 * path works, listed by discovery or not: {@code /dev/ttyACM0}, {@code COM3}, a pseudo-terminal
 * such as {@code /dev/pts/3} or a socat link. An unplugged port shows as the end of the link.
 */
public final class SerialLink extends QueuedLink {

    public static final int BAUD_RATE = 115_200;

    /** Opening at this rate switches an OpenMV Cam from its REPL to the IDE's debug protocol. */
    private static final int OPENMV_IDE_PROTOCOL_BAUD = 921_600;
    /** Opening (then closing) at this rate is the "touch" that drops boards such as the RT1062 into their bootloader. */
    private static final int BOOTLOADER_TOUCH_BAUD = 1_200;

    /** How long one native read waits before the pump looks again (bounded so close is prompt). */
    private static final int READ_POLL_MILLIS = 100;
    /** A port that accepts nothing for this long is treated as gone (that is how unplugging shows). */
    private static final int WRITE_TIMEOUT_MILLIS = 5_000;

    private final SerialPort port;

    private SerialLink(String path, SerialPort port) {
        super(path, new ByteQueue(INCOMING_CAPACITY));
        this.port = port;
        InputPump.start("link-in " + path, this::readNative, incoming, () -> "serial port " + path + " is gone");
    }

    /** Opens {@code path} at 115200 baud. */
    public static SerialLink open(String path) throws IOException {
        return open(path, BAUD_RATE);
    }

    /**
     * Opens {@code path} at another rate, for boards that need one. 921600 and 1200 baud are
     * refused: each changes what an OpenMV Cam does instead of opening its REPL.
     */
    public static SerialLink open(String path, int baudRate) throws IOException {
        if (baudRate == OPENMV_IDE_PROTOCOL_BAUD || baudRate == BOOTLOADER_TOUCH_BAUD) {
            throw new IllegalArgumentException(baudRate + " baud is refused: it switches OpenMV cams to"
                    + " the IDE protocol (921600) or into the bootloader (1200)");
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            throw PortOpenException.notFound(path);
        }
        port.setComPortParameters(baudRate, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_POLL_MILLIS, WRITE_TIMEOUT_MILLIS);
        port.setDTR(); // before opening: the line is raised as the port opens
        if (!port.openPort()) {
            throw PortOpenException.fromErrorCode(path, port.getLastErrorCode(),
                    PortOpenException.Platform.current(), Files.exists(Path.of(path)));
        }
        return new SerialLink(path, port);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        String ended = incoming.endReason();
        if (ended != null) {
            throw new LinkClosedException(ended);
        }
        int done = 0;
        while (done < length) {
            int n = port.writeBytes(buffer, length - done, offset + done);
            if (n <= 0) {
                throw new LinkClosedException("serial port " + name() + " accepted no data: the device is"
                        + " gone or has stopped reading");
            }
            done += n;
        }
    }

    @Override
    public void close() {
        incoming.end("serial port " + name() + " is closed");
        port.closePort();
    }

    private int readNative(byte[] buffer) {
        int n = port.readBytes(buffer, buffer.length);
        return n < 0 ? -1 : n;
    }
}
