package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.VolumeOpener;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** A command that works on whole image files ({@code IMAGE} or {@code IMAGE@N}), one after another. */
abstract class ImageCommand extends VolumeCommand {

    @Parameters(paramLabel = "IMAGE", arity = "1..*", description = "Image files: IMAGE or IMAGE@N (partition N).")
    List<String> operands;

    private final String verb;

    /** @param verb for messages: "cannot VERB IMAGE: ..." */
    ImageCommand(String verb) {
        this.verb = verb;
    }

    @FunctionalInterface
    interface ImageAction {
        void run(ImageArgument image) throws IOException;
    }

    @Override
    final void run(VolumeOpener opener) {
        for (ImageArgument image : images()) {
            try {
                apply(image);
            } catch (IOException e) {
                failed(verb, image.text(), e);
            }
        }
    }

    abstract void apply(ImageArgument image) throws IOException;

    private List<ImageArgument> images() {
        return operands.stream().map(this::parse).toList();
    }

    private ImageArgument parse(String text) {
        try {
            return ImageArgument.parse(flashdeck.parser(), text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid image " + e.getMessage());
        }
    }
}
