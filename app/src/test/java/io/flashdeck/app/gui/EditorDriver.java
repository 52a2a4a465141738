package io.flashdeck.app.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.fxmisc.richtext.CodeArea;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the editor window of a {@link RunningApp}: its tabs, its text, its find bar. */
final class EditorDriver {

    private final RunningApp app;

    EditorDriver(RunningApp app) {
        this.app = app;
    }

    Stage stage() {
        return app.fx(() -> app.window().editor().stage());
    }

    boolean showing() {
        return app.fx(() -> stage().isShowing());
    }

    /** The tabs' titles, left to right: "main.py", or "• main.py" with unsaved changes. */
    List<String> titles() {
        return app.fx(() -> tabPane().getTabs().stream().map(Tab::getText).toList());
    }

    /** Waits until the editor shows {@code name}'s tab in front. */
    void awaitTab(String name) {
        app.await("the editor showing " + name, () -> stage().isShowing()
                && tabPane().getSelectionModel().getSelectedItem() != null
                && tabPane().getSelectionModel().getSelectedItem().getText().endsWith(name));
    }

    /** The title of the tab in front. */
    String title() {
        return app.fx(() -> tabPane().getSelectionModel().getSelectedItem().getText());
    }

    /** The text of the tab in front, lines ending in {@code \n}. */
    String text() {
        return app.fx(() -> area().getText());
    }

    /** The style classes of the character at {@code index} of the tab in front. */
    List<String> stylesAt(int index) {
        return app.fx(() -> List.copyOf(area().getStyleOfChar(index)));
    }

    /** Puts the caret at the end of the text and types {@code text} there, as a user would. */
    void typeAtEnd(String text) {
        app.fxRun(() -> {
            area().requestFocus();
            area().moveTo(area().getLength());
        });
        type(text);
    }

    /** Types {@code text} into whatever has the keyboard in the editor window. */
    void type(String text) {
        app.robot.targetWindow(stage());
        app.robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses a key combination, such as Ctrl+S, in the editor window. */
    void press(KeyCode... keys) {
        app.robot.targetWindow(stage());
        app.press(keys);
    }

    void clickButton(String id) {
        app.robot.clickOn(app.fx(() -> stage().getScene().lookup("#" + id)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The find bar's field with this id ({@code find-field}, {@code replace-field}) of the tab in front. */
    TextField field(String id) {
        return app.fx(() -> (TextField) content().lookup("#" + id));
    }

    Node content() {
        return app.fx(() -> tabPane().getSelectionModel().getSelectedItem().getContent());
    }

    /** The selected text of the tab in front. */
    String selectedText() {
        return app.fx(() -> area().getSelectedText());
    }

    Path screenshot(String name) throws IOException {
        Scene scene = app.fx(() -> stage().getScene());
        return app.screenshot(scene, name);
    }

    /** Asks to close the window as its title bar's close button does; the answer may be a dialog, so no waiting. */
    void requestClose(Stage window) {
        Platform.runLater(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TabPane tabPane() {
        return (TabPane) stage().getScene().lookup("#editor-tabs");
    }

    private CodeArea area() {
        return (CodeArea) tabPane().getSelectionModel().getSelectedItem().getContent().lookup(".editor-text");
    }
}
