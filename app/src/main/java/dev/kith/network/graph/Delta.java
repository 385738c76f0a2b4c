package dev.kith.network.graph;

import java.util.Arrays;

/**
 * The immutable changes at one node of a {@link LiveGraph} since its base: edges added (or
 * re-weighted) and base edges hidden, each hidden entry naming a (neighbor, label) the base holds.
 */
record Delta(int[] addedNode, int[] addedWeight, int[] addedLabel, int[] hiddenNode, int[] hiddenLabel) {
    static final Delta NONE = new Delta(new int[0], new int[0], new int[0], new int[0], new int[0]);

    int size() {
        return addedNode.length + hiddenNode.length;
    }

    boolean hides(int neighbor, int label) {
        for (int i = 0; i < hiddenNode.length; i++) {
            if (hiddenNode[i] == neighbor && hiddenLabel[i] == label) {
                return true;
            }
        }
        return false;
    }

    private int addedIndex(int neighbor, int label) {
        for (int i = 0; i < addedNode.length; i++) {
            if (addedNode[i] == neighbor && addedLabel[i] == label) {
                return i;
            }
        }
        return -1;
    }

    /** This delta with the edge to {@code neighbor} set to {@code weight}, hiding the base's edge if it has one. */
    Delta put(int neighbor, int weight, int label, boolean inBase) {
        Delta d = without(neighbor, label, inBase);
        int n = d.addedNode.length;
        int[] nodes = Arrays.copyOf(d.addedNode, n + 1);
        int[] weights = Arrays.copyOf(d.addedWeight, n + 1);
        int[] labels = Arrays.copyOf(d.addedLabel, n + 1);
        nodes[n] = neighbor;
        weights[n] = weight;
        labels[n] = label;
        return new Delta(nodes, weights, labels, d.hiddenNode, d.hiddenLabel);
    }

    /** This delta without the edge to {@code neighbor} with {@code label} (hiding the base's, if it has one). */
    Delta without(int neighbor, int label, boolean inBase) {
        int[] nodes = addedNode;
        int[] weights = addedWeight;
        int[] labels = addedLabel;
        int i = addedIndex(neighbor, label);
        if (i >= 0) {
            nodes = remove(addedNode, i);
            weights = remove(addedWeight, i);
            labels = remove(addedLabel, i);
        }
        int[] hidden = hiddenNode;
        int[] hiddenLabels = hiddenLabel;
        if (inBase && !hides(neighbor, label)) {
            hidden = Arrays.copyOf(hiddenNode, hiddenNode.length + 1);
            hiddenLabels = Arrays.copyOf(hiddenLabel, hiddenLabel.length + 1);
            hidden[hidden.length - 1] = neighbor;
            hiddenLabels[hiddenLabels.length - 1] = label;
        }
        return new Delta(nodes, weights, labels, hidden, hiddenLabels);
    }

    /** Whether the edge is present after this delta, given whether the base has it. */
    boolean has(int neighbor, int label, boolean inBase) {
        return addedIndex(neighbor, label) >= 0 || (inBase && !hides(neighbor, label));
    }

    private static int[] remove(int[] values, int index) {
        int[] copy = new int[values.length - 1];
        System.arraycopy(values, 0, copy, 0, index);
        System.arraycopy(values, index + 1, copy, index, values.length - index - 1);
        return copy;
    }
}
