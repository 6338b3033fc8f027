package org.auditbench.gui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.auditbench.gui.theme.Icons;

/** The menu bar: every command with its mnemonic and accelerator, so the window works from the keyboard. */
final class WorkbenchMenus {

    private final WorkbenchViewModel model;
    private final MainWindow window;
    private final Menu recent = new Menu("Open _recent");

    WorkbenchMenus(WorkbenchViewModel model, MainWindow window) {
        this.model = model;
        this.window = window;
    }

    MenuBar bar() {
        MenuBar bar = new MenuBar(file(), view(), audit());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        recent.setOnShowing(e -> recent.getItems().setAll(recentItems()));
        recent.getItems().setAll(recentItems());
        MenuItem demo = new MenuItem("Open the _demo workspace");
        demo.setOnAction(e -> model.openDemo());
        MenuItem exit = new MenuItem("E_xit");
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exit.setOnAction(e -> Platform.exit());
        return new Menu("_File", null,
                item("_New workspace…", Icons.NEW_WORKSPACE, new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        window::chooseAndCreate),
                item("_Open workspace…", Icons.OPEN_WORKSPACE, new KeyCodeCombination(KeyCode.O,
                        KeyCombination.SHORTCUT_DOWN), window::chooseAndOpen),
                recent, demo, new SeparatorMenuItem(),
                item("_Import…", Icons.IMPORT, new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                        () -> window.openImportWizard(null)),
                new SeparatorMenuItem(), exit);
    }

    private Menu view() {
        Menu menu = new Menu("_View");
        for (View view : View.values()) {
            menu.getItems().add(item(view.label(), view.icon(), new KeyCodeCombination(KeyCode.valueOf("DIGIT"
                    + (view.ordinal() + 1)), KeyCombination.SHORTCUT_DOWN), () -> model.navigate(view)));
        }
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setId("menu-dark");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.setSelected(model.dark().get());
        model.dark().addListener((obs, old, on) -> dark.setSelected(on));
        dark.setOnAction(e -> {
            if (dark.isSelected() != model.dark().get()) {
                model.toggleTheme();
            }
        });
        menu.getItems().addAll(new SeparatorMenuItem(),
                item("_Find…", Icons.SEARCH, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        window::focusSearch),
                item("_Refresh", Icons.REFRESH, new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                        model::refresh),
                new SeparatorMenuItem(), dark);
        return menu;
    }

    private Menu audit() {
        MenuItem scan = item("_Scan", Icons.SCAN, new KeyCodeCombination(KeyCode.F5), model::scan);
        scan.disableProperty().bind(model.scanning().or(model.state().isNull()));
        MenuItem withFile = item("Scan with a _policy file…", null, new KeyCodeCombination(KeyCode.F5,
                KeyCombination.SHIFT_DOWN), window::chooseAndScan);
        MenuItem builtIn = item("Scan with the _built-in policy", null, null, model::scanBuiltIn);
        MenuItem export = item("_Export report…", Icons.EXPORT, new KeyCodeCombination(KeyCode.E,
                KeyCombination.SHORTCUT_DOWN), window::openExportDialog);
        export.setId("menu-export");
        export.disableProperty().bind(window.noScan());
        MenuItem signOff = item("Sign _off…", Icons.SIGN_OFF, null, window::openSignOffDialog);
        signOff.setId("menu-signoff");
        signOff.disableProperty().bind(window.noScan());
        MenuItem openReview = item("Open a new _review…", Icons.REVIEW, null, window::openNewReview);
        openReview.disableProperty().bind(model.state().isNull());
        MenuItem verify = item("_Verify the audit log", Icons.AUDIT_INTACT, null, () -> model.auditCheck().verify());
        verify.disableProperty().bind(model.state().isNull());
        MenuItem who = item("_Who is deciding…", Icons.PERSON, null, window::askReviewer);
        return new Menu("_Audit", null, scan, withFile, builtIn, new SeparatorMenuItem(), export, signOff, openReview,
                new SeparatorMenuItem(), verify, who);
    }

    /** One menu item per recent workspace that still exists. */
    List<MenuItem> recentItems() {
        List<MenuItem> items = new ArrayList<>();
        for (Path path : model.recent()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setDisable(!Files.exists(path));
            item.setOnAction(e -> model.open(path, WorkbenchViewModel.isDemo(path)));
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("No recent workspaces");
            none.setDisable(true);
            items.add(none);
        }
        return items;
    }

    private static MenuItem item(String text, org.kordamp.ikonli.Ikon icon, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : Icons.icon(icon));
        if (key != null) {
            item.setAccelerator(key);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
