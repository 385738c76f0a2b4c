package dev.kith.intros;

import java.util.Arrays;
import java.util.List;

/**
 * The features of a would-be link between two people, from the dated contacts before a moment {@code now}:
 * what {@link LogisticModel} weighs to rank introductions, the same in the product and in
 * {@code kith bench intros}.
 *
 * <ul>
 *   <li>{@code common}, {@code adamic-adar}, {@code resource}: friends in common, plain (log of the count,
 *       Σ 1/ln deg z, Σ 1/deg z);</li>
 *   <li>{@code common-recent}, {@code adamic-adar-recent}, {@code resource-recent}: the same over ties weighed by
 *       their time-decayed contact count {@code Σ 2^(-age/halfLife)}: {@code Σ (w_uz + w_zv)},
 *       {@code Σ (w_uz + w_zv)/ln(1 + s_z)}, {@code Σ (w_uz + w_zv)/s_z} with {@code s_z} z's total weight;</li>
 *   <li>{@code strongest-link}: the strongest two-step path, {@code max_z min(w_uz, w_zv)};</li>
 *   <li>{@code popularity}: preferential attachment on a log scale, {@code ln(1+deg u) + ln(1+deg v)};</li>
 *   <li>{@code recent}: how recently each side was in touch with anyone, {@code 2^(-age of last contact/halfLife)}
 *       summed over both;</li>
 *   <li>{@code repeated}: how often each side was in touch lately, {@code ln(1 + decayed contact count)} summed;</li>
 *   <li>{@code reciprocal}: the share of each side's ties with contact both ways, summed;</li>
 *   <li>{@code tie-strength}: the mean strength of each side's ties ({@code ln(1 + decayed weight / degree)}), summed;</li>
 *   <li>{@code new-ties}: how many new people each side got in touch with lately, {@code ln(1 + decayed count of
 *       first contacts)} summed;</li>
 *   <li>{@code newcomer}: how recently each side first appeared, {@code 2^(-age of first contact/halfLife)} summed;</li>
 *   <li>{@code walk}: the chance that a two-step random walk from {@code u} along decayed contact counts ends at
 *       {@code v}, {@code Σ (w_uz / s_u)(w_zv / s_z)}: whom {@code u}'s partners' partners are, weighed by how much
 *       each of those ties is used;</li>
 *   <li>{@code walk-3}: the same for a three-step walk, {@code Σ_y walk(u, y) (w_yv / s_y)} over {@code v}'s
 *       partners {@code y}: reaches the pairs with no friend in common but a friend's friend (about half of the
 *       first contacts on the messaging and knows networks measured);</li>
 *   <li>{@code shared-interests}: the best meaning-level similarity of their interests, tags and notes (0 when
 *       unknown, as in a bare graph).</li>
 * </ul>
 * Not thread-safe: a {@link Query} reuses arrays.
 */
public final class LinkFeatures {
    /** The feature names, in the order of a feature row. */
    public static final List<String> NAMES = List.of("common", "adamic-adar", "resource", "common-recent",
            "adamic-adar-recent", "resource-recent", "strongest-link", "popularity", "recent", "repeated",
            "reciprocal", "tie-strength", "new-ties", "newcomer", "walk", "walk-3", "shared-interests");
    public static final int SIZE = NAMES.size();
    public static final int SHARED_INTERESTS = SIZE - 1;
    /** The two-step walk: a measure of friends in common, kept beside the others' block. */
    public static final int WALK = 14;
    /** The three-step walk: how close the two are through a friend's friend, when they have no friend in common. */
    public static final int WALK_3 = 15;

    private final int n;
    private final int[][] nb;
    private final double[][] w;
    private final double[] strength;
    private final double[] recency;
    private final double[] repeated;
    private final double[] reciprocal;
    private final double[] tie;
    private final double[] newTies;
    private final double[] newcomer;

    private LinkFeatures(int n, int[][] nb, double[][] w, double[] recency, double[] repeated, double[] reciprocal,
                         double[] newTies, double[] newcomer) {
        this.n = n;
        this.nb = nb;
        this.w = w;
        this.recency = recency;
        this.repeated = repeated;
        this.reciprocal = reciprocal;
        this.newTies = newTies;
        this.newcomer = newcomer;
        this.strength = new double[n];
        this.tie = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (double x : w[i]) {
                s += x;
            }
            strength[i] = s;
            tie[i] = nb[i].length == 0 ? 0 : Math.log1p(s / nb[i].length);
        }
    }

    /**
     * The features as of {@code now} from the first {@code count} of {@code events} (each {@code {from, to, time}},
     * sorted by time; later ones are ignored) among people {@code 0..n-1}, contacts decaying with {@code halfLife}
     * (the unit of the times).
     */
    public static LinkFeatures of(List<long[]> events, int count, int n, double now, double halfLife) {
        PairSums pairs = new PairSums(Math.min(count, 1 << 20));
        double[] last = new double[n];
        Arrays.fill(last, Double.NEGATIVE_INFINITY);
        double[] decayed = new double[n];
        double[] first = new double[n];
        Arrays.fill(first, Double.NaN);
        double[] fresh = new double[n];
        long lastTime = Long.MIN_VALUE;
        double lastDecay = 0;
        for (int i = 0; i < count; i++) {
            long[] e = events.get(i);
            int a = (int) e[0];
            int b = (int) e[1];
            if (a == b || e[2] > now) {
                continue;
            }
            if (e[2] != lastTime) { // events come sorted by time: one power per distinct time
                lastTime = e[2];
                lastDecay = Math.pow(2, -(now - e[2]) / halfLife);
            }
            double d = lastDecay;
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            int before = pairs.size();
            int p = pairs.slot(((long) lo << 32) | hi);
            if (pairs.size() > before) {
                fresh[a] += d;
                fresh[b] += d;
            }
            if (Double.isNaN(first[a])) {
                first[a] = e[2];
            }
            if (Double.isNaN(first[b])) {
                first[b] = e[2];
            }
            pairs.weight[p] += d;
            pairs.ways[p] = (byte) (pairs.ways[p] | (a < b ? 1 : 2));
            last[a] = Math.max(last[a], e[2]);
            last[b] = Math.max(last[b], e[2]);
            decayed[a] += d;
            decayed[b] += d;
        }
        int[] degree = new int[n];
        for (int k = 0; k < pairs.size(); k++) {
            long key = pairs.keys[k];
            degree[(int) (key >>> 32)]++;
            degree[(int) key]++;
        }
        int[][] nb = new int[n][];
        double[][] w = new double[n][];
        double[] both = new double[n];
        for (int i = 0; i < n; i++) {
            nb[i] = new int[degree[i]];
            w[i] = new double[degree[i]];
        }
        int[] fill = new int[n];
        for (int k : pairs.byKey()) {
            long key = pairs.keys[k];
            int a = (int) (key >>> 32);
            int b = (int) key;
            double weight = pairs.weight[k];
            nb[a][fill[a]] = b;
            w[a][fill[a]++] = weight;
            nb[b][fill[b]] = a;
            w[b][fill[b]++] = weight;
            if (pairs.ways[k] == 3) {
                both[a]++;
                both[b]++;
            }
        }
        double[] recency = new double[n];
        double[] repeated = new double[n];
        double[] reciprocal = new double[n];
        double[] newTies = new double[n];
        double[] newcomer = new double[n];
        for (int i = 0; i < n; i++) {
            newTies[i] = Math.log1p(fresh[i]);
            newcomer[i] = Double.isNaN(first[i]) ? 0 : Math.pow(2, -(now - first[i]) / halfLife);
            sort(nb[i], w[i]);
            recency[i] = last[i] == Double.NEGATIVE_INFINITY ? 0 : Math.pow(2, -(now - last[i]) / halfLife);
            repeated[i] = Math.log1p(decayed[i]);
            reciprocal[i] = degree[i] == 0 ? 0 : both[i] / degree[i];
        }
        return new LinkFeatures(n, nb, w, recency, repeated, reciprocal, newTies, newcomer);
    }

    public int size() {
        return n;
    }

    /** {@code u}'s neighbours, ascending. */
    public int[] neighbours(int u) {
        return nb[u];
    }

    /** Whether {@code u} had any contact before now. */
    public boolean seen(int u) {
        return nb[u].length > 0;
    }

    /** Whether {@code u} and {@code v} were in contact. */
    public boolean linked(int u, int v) {
        return Arrays.binarySearch(nb[u], v) >= 0;
    }

    /** {@code v}'s decayed contact count on a log scale: the recency/activity baseline's score. */
    public double activity(int v) {
        return repeated[v];
    }

    /**
     * The feature row of the pair {@code (u, v)}, {@code sharedInterests} given: the same as
     * {@code query(u).row(v, sharedInterests)} (friends in common are summed in the same order), by merging
     * the two sorted neighbour lists, O(deg u + deg v) without a {@link Query}'s arrays.
     */
    public double[] row(int u, int v, double sharedInterests) {
        int[] a = nb[u];
        int[] b = nb[v];
        double cn = 0;
        double aa = 0;
        double ra = 0;
        double wcn = 0;
        double waa = 0;
        double wra = 0;
        double strongest = 0;
        double walk = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                int z = a[i];
                double wuz = w[u][i];
                double wzv = w[v][j];
                cn += 1;
                aa += 1 / Math.log(Math.max(2, nb[z].length));
                ra += 1.0 / nb[z].length;
                wcn += wuz + wzv;
                waa += (wuz + wzv) / Math.log1p(strength[z]);
                wra += (wuz + wzv) / strength[z];
                strongest = Math.max(strongest, Math.min(wuz, wzv));
                walk += wuz / strength[u] * (wzv / strength[z]);
                i++;
                j++;
            }
        }
        return row(u, v, new double[] {cn, aa, ra, wcn, waa, wra, strongest}, walk, walk3(u, v), sharedInterests);
    }

    /**
     * The three-step walk from {@code u} to {@code v}: over {@code v}'s partners {@code y} in ascending order, the
     * two-step walk to {@code y} (summed over {@code u}'s partners in ascending order, as a {@link Query} does) times
     * the step {@code y → v}; the same sums in the same order as {@link Query#row}, so the same value.
     */
    private double walk3(int u, int v) {
        if (strength[u] == 0) {
            return 0;
        }
        int[] a = nb[u];
        double out = 0;
        for (int k = 0; k < nb[v].length; k++) {
            int y = nb[v][k];
            int[] b = nb[y];
            double two = 0;
            int i = 0;
            int j = 0;
            while (i < a.length && j < b.length) {
                if (a[i] < b[j]) {
                    i++;
                } else if (a[i] > b[j]) {
                    j++;
                } else {
                    int z = a[i];
                    two += w[u][i] / strength[u] * (w[y][j] / strength[z]);
                    i++;
                    j++;
                }
            }
            if (two != 0) {
                out += two * (w[v][k] / strength[y]);
            }
        }
        return out;
    }

    /**
     * The row of {@code u} with itself but for friends in common (all 0, as is the walk): each side's own features
     * counted twice, in O(1), what {@link ModelReasons#typical} averages.
     */
    double[] sides(int u) {
        return row(u, u, new double[7], 0, 0, 0);
    }

    /** The full row from the seven friends-in-common sums, the two-step walk and each side's own features. */
    private double[] row(int u, int v, double[] common, double walk, double walk3, double sharedInterests) {
        double[] x = new double[SIZE];
        System.arraycopy(common, 0, x, 0, common.length);
        x[7] = Math.log1p(nb[u].length) + Math.log1p(nb[v].length);
        x[8] = recency[u] + recency[v];
        x[9] = Math.expm1(repeated[u]) + Math.expm1(repeated[v]);
        x[10] = reciprocal[u] + reciprocal[v];
        x[11] = tie[u] + tie[v];
        x[12] = Math.expm1(newTies[u]) + Math.expm1(newTies[v]);
        x[13] = newcomer[u] + newcomer[v];
        x[WALK] = walk;
        x[WALK_3] = walk3;
        x[SHARED_INTERESTS] = sharedInterests;
        return x;
    }

    /** The features of {@code u} with every other person, computed once per {@code u}. */
    public Query query(int u) {
        return new Query(u);
    }

    /** One person's two-step neighbourhood, from which any pair's features are read. */
    public final class Query {
        private final int u;
        private final double[] cn = new double[n];
        private final double[] aa = new double[n];
        private final double[] ra = new double[n];
        private final double[] wcn = new double[n];
        private final double[] waa = new double[n];
        private final double[] wra = new double[n];
        private final double[] strongest = new double[n];
        private final double[] walk = new double[n];
        /** The three-step walk, filled for every person once the two-step one is known. */
        private final double[] walk3 = new double[n];

        Query(int u) {
            this.u = u;
            int[] reached = new int[n];
            int size = 0;
            for (int i = 0; i < nb[u].length; i++) {
                int z = nb[u][i];
                double wuz = w[u][i];
                double logDeg = Math.log(Math.max(2, nb[z].length));
                double logS = Math.log1p(strength[z]);
                for (int k = 0; k < nb[z].length; k++) {
                    int v = nb[z][k];
                    double wzv = w[z][k];
                    if (cn[v] == 0) {
                        reached[size++] = v;
                    }
                    cn[v] += 1;
                    aa[v] += 1 / logDeg;
                    ra[v] += 1.0 / nb[z].length;
                    wcn[v] += wuz + wzv;
                    waa[v] += (wuz + wzv) / logS;
                    wra[v] += (wuz + wzv) / strength[z];
                    strongest[v] = Math.max(strongest[v], Math.min(wuz, wzv));
                    walk[v] += wuz / strength[u] * (wzv / strength[z]);
                }
            }
            // one step on from everyone two steps away, in ascending order, so that each walk3[v] adds its terms in
            // the order of v's partners, as the pair row does: O(reached · log + their ties), not O(everyone)
            java.util.Arrays.sort(reached, 0, size);
            for (int r = 0; r < size; r++) {
                int y = reached[r];
                if (walk[y] == 0) {
                    continue;
                }
                for (int k = 0; k < nb[y].length; k++) {
                    walk3[nb[y][k]] += walk[y] * (w[y][k] / strength[y]);
                }
            }
        }

        public int person() {
            return u;
        }

        /** Plain counts for the baselines: 0 cn, 1 aa, 2 ra, 3 cn-recent, 4 aa-recent, 5 ra-recent. */
        public double baseline(int method, int v) {
            return switch (method) {
                case 0 -> cn[v];
                case 1 -> aa[v];
                case 2 -> ra[v];
                case 3 -> wcn[v];
                case 4 -> waa[v];
                case 5 -> wra[v];
                default -> throw new IllegalArgumentException("method " + method);
            };
        }

        /** The feature row of the pair {@code (u, v)}, {@code sharedInterests} given (0 when unknown). */
        public double[] row(int v, double sharedInterests) {
            return LinkFeatures.this.row(u, v, new double[] {cn[v], aa[v], ra[v], wcn[v], waa[v], wra[v], strongest[v]},
                    walk[v], walk3[v], sharedInterests);
        }
    }

    private static void sort(int[] nb, double[] w) {
        if (nb.length < 2) {
            return;
        }
        long[] order = new long[nb.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = ((long) nb[k] << 32) | k;
        }
        Arrays.sort(order);
        double[] copy = w.clone();
        for (int k = 0; k < order.length; k++) {
            nb[k] = (int) (order[k] >>> 32);
            w[k] = copy[(int) order[k]];
        }
    }
}
