package org.auditbench.gui.entries;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TreeItem;
import org.auditbench.workspace.EntryGroup;
import org.auditbench.workspace.EntrySummary;

/**
 * Builds the tree items of the entries tree: one item per group whose children are read a page at a
 * time when the group is first expanded, ending in a "more" row while entries remain.
 */
final class EntryTree {

    private final EntriesViewModel model;
    /** Group items whose first page was requested (identity: TreeItem does not override equals). */
    private final java.util.Set<TreeItem<TreeRow>> loaded =
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    EntryTree(EntriesViewModel model) {
        this.model = model;
    }

    TreeItem<TreeRow> root(List<EntryGroup> groups) {
        TreeItem<TreeRow> root = new TreeItem<>();
        for (EntryGroup group : groups) {
            root.getChildren().add(groupItem(group));
        }
        root.setExpanded(true);
        return root;
    }

    private TreeItem<TreeRow> groupItem(EntryGroup group) {
        TreeItem<TreeRow> item = new TreeItem<>(new TreeRow.Group(group, model.groupLabel(group)));
        item.getChildren().add(new TreeItem<>(new TreeRow.Loading()));
        item.expandedProperty().addListener((obs, was, expanded) -> {
            if (expanded) {
                loadOnce(item, null);
            }
        });
        return item;
    }

    /** Expands a group row, reading its first page; {@code firstLoaded} gets the first entry row. */
    void expand(TreeItem<TreeRow> groupItem, Consumer<TreeItem<TreeRow>> firstLoaded) {
        loadOnce(groupItem, firstLoaded);
        groupItem.setExpanded(true);
    }

    private void loadOnce(TreeItem<TreeRow> item, Consumer<TreeItem<TreeRow>> firstLoaded) {
        if (loaded.add(item) && item.getValue() instanceof TreeRow.Group g) {
            loadInto(item, g.group(), 0, firstLoaded);
        }
    }

    /** Reads the page at {@code offset} into {@code parent}, replacing the loading or "more" row. */
    void loadInto(TreeItem<TreeRow> parent, EntryGroup group, int offset, Consumer<TreeItem<TreeRow>> firstLoaded) {
        model.loadPage(group, offset, page -> {
            List<TreeItem<TreeRow>> items = new ArrayList<>(page.size() + 1);
            for (EntrySummary entry : page) {
                items.add(new TreeItem<>(new TreeRow.Item(entry)));
            }
            int next = offset + page.size();
            if (next < group.entries() && !page.isEmpty()) {
                items.add(new TreeItem<>(new TreeRow.More(group, next)));
            }
            parent.getChildren().removeIf(child -> child.getValue() instanceof TreeRow.Loading
                    || child.getValue() instanceof TreeRow.More);
            parent.getChildren().addAll(items);
            if (firstLoaded != null && !items.isEmpty()) {
                firstLoaded.accept(items.get(0));
            }
        });
    }

    /** Activating a "more" row reads the next page into its group. */
    void more(TreeItem<TreeRow> moreItem) {
        if (moreItem.getValue() instanceof TreeRow.More more && moreItem.getParent() != null) {
            moreItem.setValue(new TreeRow.Loading());
            loadInto(moreItem.getParent(), more.group(), more.offset(), null);
        }
    }
}
