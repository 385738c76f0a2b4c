package dev.kith.intros;

import java.util.Arrays;
import java.util.List;

/**
 * A logistic regression with an L2 penalty, fit by iteratively reweighted least squares (Newton's method):
 * {@code P(link) = σ(b + Σ w_i · (x_i - mean_i) / sd_i)}. Small and explainable: each feature's contribution to a
 * pair's score is {@code w_i · (x_i - mean_i) / sd_i}, which is how a suggestion names its reasons. Deterministic
 * (no randomness in the fit); immutable and thread-safe once built.
 */
public final class LogisticModel {
    /** Newton steps at most; the fit stops earlier when no weight moves by more than {@value #TOLERANCE}. */
    static final int MAX_STEPS = 100;
    static final double TOLERANCE = 1e-9;

    private final List<String> names;
    private final double[] mean;
    private final double[] sd;
    private final double[] weights;
    private final double intercept;

    /** A model from its parts (e.g. stored priors): {@code weights} apply to standardized features. */
    public LogisticModel(List<String> names, double[] mean, double[] sd, double[] weights, double intercept) {
        int k = names.size();
        if (mean.length != k || sd.length != k || weights.length != k) {
            throw new IllegalArgumentException("names, mean, sd and weights must have the same length");
        }
        this.names = List.copyOf(names);
        this.mean = mean.clone();
        this.sd = sd.clone();
        this.weights = weights.clone();
        this.intercept = intercept;
    }

    /**
     * Fits the model to rows {@code x} with labels {@code y} (true: a link formed), positives and negatives weighed
     * so that each class counts the same, with penalty {@code lambda · |w|² / 2} per unit of total weight.
     */
    public static LogisticModel fit(List<String> names, double[][] x, boolean[] y, double lambda) {
        int n = x.length;
        int k = names.size();
        double[] mean = new double[k];
        double[] sd = new double[k];
        for (double[] row : x) {
            for (int j = 0; j < k; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < k; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < k; j++) {
            sd[j] = sd[j] > 1e-12 ? Math.sqrt(sd[j]) : 1;
        }
        int positives = 0;
        for (boolean b : y) {
            positives += b ? 1 : 0;
        }
        if (positives == 0 || positives == n) {
            throw new IllegalArgumentException("the fit needs both positives and negatives");
        }
        double wPos = 0.5 * n / positives;
        double wNeg = 0.5 * n / (n - positives);
        double[][] z = new double[n][k + 1];
        for (int i = 0; i < n; i++) {
            z[i][k] = 1;
            for (int j = 0; j < k; j++) {
                z[i][j] = (x[i][j] - mean[j]) / sd[j];
            }
        }
        double[] beta = new double[k + 1];
        double penalty = lambda * n;
        for (int step = 0; step < MAX_STEPS; step++) {
            double[][] h = new double[k + 1][k + 1];
            double[] g = new double[k + 1];
            for (int i = 0; i < n; i++) {
                double p = sigmoid(dot(beta, z[i]));
                double w = y[i] ? wPos : wNeg;
                double r = w * ((y[i] ? 1 : 0) - p);
                double c = w * Math.max(p * (1 - p), 1e-12);
                for (int a = 0; a <= k; a++) {
                    g[a] += r * z[i][a];
                    for (int b = 0; b <= a; b++) {
                        h[a][b] += c * z[i][a] * z[i][b];
                    }
                }
            }
            for (int a = 0; a <= k; a++) {
                for (int b = 0; b < a; b++) {
                    h[b][a] = h[a][b];
                }
            }
            for (int a = 0; a < k; a++) {
                g[a] -= penalty * beta[a];
                h[a][a] += penalty;
            }
            double[] delta = solve(h, g);
            double moved = 0;
            for (int a = 0; a <= k; a++) {
                beta[a] += delta[a];
                moved = Math.max(moved, Math.abs(delta[a]));
            }
            if (moved < TOLERANCE) {
                break;
            }
        }
        return new LogisticModel(names, mean, sd, Arrays.copyOf(beta, k), beta[k]);
    }

    /** The log-odds of a link for feature row {@code x}; higher ranks first. */
    public double score(double[] x) {
        double s = intercept;
        for (int j = 0; j < weights.length; j++) {
            s += weights[j] * (x[j] - mean[j]) / sd[j];
        }
        return s;
    }

    /** Each feature's share of {@link #score}, against a pair at the features' mean. */
    public double[] contributions(double[] x) {
        double[] c = new double[weights.length];
        for (int j = 0; j < weights.length; j++) {
            c[j] = weights[j] * (x[j] - mean[j]) / sd[j];
        }
        return c;
    }

    public List<String> names() {
        return names;
    }

    /** The weights of the standardized features, in {@link #names} order. */
    public double[] weights() {
        return weights.clone();
    }

    /** The weight of one unit of each raw feature: {@code weights / sd}. */
    public double[] rawWeights() {
        double[] r = new double[weights.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = weights[j] / sd[j];
        }
        return r;
    }

    public double[] means() {
        return mean.clone();
    }

    public double[] sds() {
        return sd.clone();
    }

    public double intercept() {
        return intercept;
    }

    static double sigmoid(double t) {
        return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Solves {@code a · x = b} for a symmetric positive definite {@code a} by Gaussian elimination with pivoting. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
                    p = r;
                }
            }
            double[] t = m[c];
            m[c] = m[p];
            m[p] = t;
            double d = Math.abs(m[c][c]) < 1e-12 ? 1e-12 : m[c][c];
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / d;
                for (int q = c; q <= n; q++) {
                    m[r][q] -= f * m[c][q];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int q = r + 1; q < n; q++) {
                s -= m[r][q] * x[q];
            }
            x[r] = s / (Math.abs(m[r][r]) < 1e-12 ? 1e-12 : m[r][r]);
        }
        return x;
    }
}
