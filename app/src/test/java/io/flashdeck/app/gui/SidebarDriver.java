package io.flashdeck.app.gui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.testfx.api.FxRobot;

/** The places sidebar of a running app, driven and read as a user would: rows found by their titles. */
final class SidebarDriver {

    private final RunningApp app;
    private final FxRobot robot;

    SidebarDriver(RunningApp app) {
        this.app = app;
        this.robot = app.robot;
    }

    /** Clicks the place titled {@code title}. */
    void click(String title) {
        robot.clickOn(cell(title));
    }

    /** Clicks a place listed below a device (a camera's mount), as several devices may have one of that title. */
    void clickUnder(String device, String title) {
        TreeItem<?> parent = app.fx(() -> ((TreeCell<?>) cell(device)).getTreeItem());
        robot.clickOn(robot.from(root()).lookup((Node node) -> node instanceof TreeCell<?> cell
                && title.equals(cell.getText()) && cell.getTreeItem() != null
                && cell.getTreeItem().getParent() == parent).<Node>query());
    }

    /** Whether the sidebar has a row titled {@code title}. */
    boolean has(String title) {
        return app.fx(() -> robot.from(root()).lookup((Node node) ->
                node instanceof TreeCell<?> cell && title.equals(cell.getText())).tryQuery().isPresent());
    }

    /** The text of the labels styled {@code styleClass} in the row titled {@code title}. */
    List<String> labels(String title, String styleClass) {
        return app.fx(() -> robot.from(cell(title)).lookup("." + styleClass).queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
    }

    /** The icon of the row titled {@code title}. */
    Image icon(String title) {
        return app.fx(() -> robot.from(cell(title)).lookup(".place-icon").queryAs(ImageView.class).getImage());
    }

    /** Right-clicks the row titled {@code title} and asks for its context menu. */
    void openMenu(String title) {
        app.requestContextMenu(cell(title));
    }

    private Node cell(String title) {
        return robot.from(root()).lookup((Node node) ->
                node instanceof TreeCell<?> cell && title.equals(cell.getText())).query();
    }

    private Node root() {
        return app.window().panes().left().getScene().getRoot();
    }
}
