package io.flashdeck.app.gui.notify;

import io.flashdeck.app.report.ErrorLog;
import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * A strip across the top of the window for the latest failure: its message, a Details expander
 * with the stack trace, and a close button. Every failure is also written to the log file, so
 * closing the banner loses nothing.
 */
public final class ErrorBanner extends VBox implements Notifier {

    private final ErrorLog log;
    private final Label message = new Label();
    private final ToggleButton details = new ToggleButton("Details");
    private final TextArea trace = new TextArea();

    public ErrorBanner(ErrorLog log) {
        this.log = log;
        setId("error-banner");
        getStyleClass().add("error-banner");
        message.getStyleClass().add("error-message");
        message.setWrapText(true);
        message.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        details.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(message, Priority.SOMETIMES);
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.getStyleClass().add("flat");
        close.setTooltip(new Tooltip("Dismiss"));
        close.setAccessibleText("Dismiss the error");
        close.setOnAction(e -> dismiss());
        HBox row = new HBox(8, message, gap, details, close);
        row.getStyleClass().add("error-row");
        trace.setEditable(false);
        trace.setPrefRowCount(8);
        trace.getStyleClass().add("error-details");
        trace.visibleProperty().bind(details.selectedProperty());
        trace.managedProperty().bind(details.selectedProperty());
        getChildren().addAll(row, trace);
        showing(false);
    }

    @Override
    public void error(String text, Throwable cause) {
        log.record(text, cause);
        message.setText(text);
        trace.setText(stackTrace(cause) + "\nThis is also written to " + log.file());
        details.setSelected(false);
        showing(true);
    }

    public void dismiss() {
        showing(false);
    }

    /** The message shown, or empty when the banner is hidden. */
    public String message() {
        return isVisible() ? message.getText() : "";
    }

    private void showing(boolean show) {
        setVisible(show);
        setManaged(show);
    }

    private static String stackTrace(Throwable cause) {
        StringWriter text = new StringWriter();
        cause.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
