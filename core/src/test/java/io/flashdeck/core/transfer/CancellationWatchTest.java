package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.volume.ChannelContent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import org.junit.jupiter.api.Test;

/** Watching a source for cancellation keeps its way to a channel, and stops it there too. */
class CancellationWatchTest {

    /** Bytes that can also be sent to a channel, as an image's file stream can. */
    private static final class SendableBytes extends ByteArrayInputStream implements ChannelContent {
        SendableBytes(byte[] bytes) {
            super(bytes);
        }

        @Override
        public long transferTo(WritableByteChannel target, long count) throws IOException {
            int n = (int) Math.min(count, available());
            target.write(ByteBuffer.wrap(buf, pos, n));
            pos += n;
            return n;
        }
    }

    @Test
    void aSourceNobodyCanCancelIsLeftAsItIs() {
        InputStream source = new SendableBytes(new byte[10]);
        assertThat(Cancellation.NEVER.watch(source)).isSameAs(source);
    }

    @Test
    void aWatchedSourceStillSendsToChannelsUntilCancelled() throws IOException {
        Cancellation cancellation = new Cancellation();
        InputStream watched = cancellation.watch(new SendableBytes("0123456789".getBytes()));
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        WritableByteChannel channel = Channels.newChannel(received);

        assertThat(((ChannelContent) watched).transferTo(channel, 4)).isEqualTo(4);
        assertThat(received.toString()).isEqualTo("0123");
        cancellation.cancel();
        assertThatThrownBy(() -> ((ChannelContent) watched).transferTo(channel, 4))
                .isInstanceOf(CopyCancelledException.class);
        assertThatThrownBy(watched::read).isInstanceOf(CopyCancelledException.class);
        assertThat(cancellation.watch(new ByteArrayInputStream(new byte[1]))).isNotInstanceOf(ChannelContent.class);
    }
}
