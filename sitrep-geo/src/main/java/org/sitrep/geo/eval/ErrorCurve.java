package org.sitrep.geo.eval;

import java.util.Arrays;
import org.sitrep.geo.Geo;

/**
 * Resolution errors in kilometres and the standard summaries of them: accuracy at 161 km (100 miles),
 * mean and median error, and the area under the curve of sorted log errors, normalised to 0..1 by the
 * largest possible error (ln(1 + error) / ln(20039), trapezoid rule over ranks), as in Gritta et al.
 * (2018, 2019): lower is better.
 */
public record ErrorCurve(int count, double accuracy161, double meanKm, double medianKm, double auc) {
    public static final double ACCURACY_KM = 161.0;

    public static ErrorCurve of(double[] errorsKm) {
        int n = errorsKm.length;
        if (n == 0) {
            return new ErrorCurve(0, 0, 0, 0, 0);
        }
        double[] e = errorsKm.clone();
        Arrays.sort(e);
        int within = 0;
        double sum = 0;
        for (double v : e) {
            if (v <= ACCURACY_KM) {
                within++;
            }
            sum += v;
        }
        double median = n % 2 == 1 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
        double auc;
        if (n == 1) {
            auc = Math.log1p(e[0]) / Math.log(Geo.MAX_ERROR_KM);
        } else {
            double area = 0;
            for (int i = 1; i < n; i++) {
                area += (Math.log1p(e[i - 1]) + Math.log1p(e[i])) / 2;
            }
            auc = area / (n - 1) / Math.log(Geo.MAX_ERROR_KM);
        }
        return new ErrorCurve(n, (double) within / n, sum / n, median, auc);
    }
}
