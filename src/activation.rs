//! Placeholder: replaced by the hand-written exponential.

/// e^x (placeholder: Taylor series after range reduction by halving).
pub fn exp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x > 709.8 {
        return f64::INFINITY;
    }
    if x < -745.2 {
        return 0.0;
    }
    let mut k = 0;
    let mut r = x;
    while r.abs() > 0.5 {
        r *= 0.5;
        k += 1;
    }
    let mut term = 1.0;
    let mut sum = 1.0;
    for n in 1..30 {
        term *= r / n as f64;
        sum += term;
    }
    for _ in 0..k {
        sum *= sum;
    }
    sum
}
/// σ(x) = 1 / (1 + e^-x).
pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + exp(-x))
}
/// σ'(x) written in terms of y = σ(x): y (1 - y).
pub fn sigmoid_derivative(y: f64) -> f64 {
    y * (1.0 - y)
}
