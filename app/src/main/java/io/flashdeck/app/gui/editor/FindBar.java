package io.flashdeck.app.gui.editor;

import io.flashdeck.app.editor.TextSearch;
import io.flashdeck.app.editor.TextSearch.Match;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The find and replace bar over a tab's text (Ctrl+F, Ctrl+H). Enter finds the next occurrence,
 * Shift+Enter the previous one, Escape hides the bar and returns to the text.
 */
final class FindBar extends HBox {

    private final CodeArea area;
    private final TextField query = new TextField();
    private final TextField replacement = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Button replace = new Button("Replace");
    private final Button replaceAll = new Button("Replace all");
    private final Label status = new Label();

    FindBar(CodeArea area) {
        super(6);
        this.area = area;
        getStyleClass().add("find-bar");
        query.setId("find-field");
        query.setPromptText("Find");
        replacement.setId("replace-field");
        replacement.setPromptText("Replace with");
        matchCase.setId("find-match-case");
        replace.setId("find-replace");
        replace.setOnAction(e -> replace());
        replaceAll.setId("find-replace-all");
        replaceAll.setOnAction(e -> replaceAll());
        status.getStyleClass().add("find-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(query, tool("find-previous", MaterialDesignA.ARROW_UP, "Previous (Shift+F3)", false),
                tool("find-next", MaterialDesignA.ARROW_DOWN, "Next (F3, Enter)", true), matchCase, replacement,
                replace, replaceAll, status, gap, closeButton());
        query.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        replacement.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        query.textProperty().addListener((observable, before, now) -> status.setText(""));
        hide();
    }

    private Button tool(String id, Ikon icon, String tip, boolean forward) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add("flat");
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setOnAction(e -> find(forward));
        return button;
    }

    private Button closeButton() {
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.getStyleClass().add("flat");
        close.setTooltip(new Tooltip("Close (Escape)"));
        close.setAccessibleText("Close the find bar");
        close.setOnAction(e -> hideAndReturn());
        return close;
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            if (event.getSource() == replacement) {
                replace();
            } else {
                find(!event.isShiftDown());
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            hideAndReturn();
            event.consume();
        }
    }

    /** Shows the bar, with the replace field when {@code withReplace}, the selected text as the query. */
    void show(boolean withReplace) {
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            query.setText(selected);
        }
        for (Node node : List.of(replacement, replace, replaceAll)) {
            display(node, withReplace);
        }
        display(this, true);
        (withReplace && !query.getText().isEmpty() ? replacement : query).requestFocus();
        query.selectAll();
    }

    private void hide() {
        display(this, false);
    }

    /** Shows or hides {@code node}, leaving no gap where it was. */
    private static void display(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private void hideAndReturn() {
        hide();
        area.requestFocus();
    }

    /** Selects the next occurrence after the selection, or the previous one before it. */
    void find(boolean forward) {
        TextSearch search = search();
        String text = area.getText();
        Optional<Match> match = forward ? search.next(text, area.getSelection().getEnd())
                : search.previous(text, area.getSelection().getStart());
        match.ifPresentOrElse(found -> {
            area.selectRange(found.start(), found.end());
            area.requestFollowCaret();
            status.setText("");
        }, () -> status.setText(query.getText().isEmpty() ? "" : "Not found"));
    }

    /** Replaces the selected occurrence, if the selection is one, and moves on to the next. */
    private void replace() {
        TextSearch search = search();
        if (search.isMatch(area.getText(), area.getSelection().getStart(), area.getSelection().getEnd())) {
            area.replaceSelection(replacement.getText());
        }
        find(true);
    }

    /** Replaces every occurrence as one edit, which one undo takes back; the text gets the keyboard for it. */
    private void replaceAll() {
        TextSearch.Replaced replaced = search().replaceAll(area.getText(), replacement.getText());
        if (replaced.count() > 0) {
            int caret = area.getCaretPosition();
            area.replaceText(replaced.text());
            area.moveTo(Math.min(caret, area.getLength()));
        }
        status.setText(replaced.count() == 1 ? "1 replaced" : replaced.count() + " replaced");
        area.requestFocus();
    }

    private TextSearch search() {
        return new TextSearch(query.getText(), matchCase.isSelected());
    }

    /** What the bar last reported, such as "3 replaced" or "Not found". */
    String status() {
        return status.getText();
    }
}
