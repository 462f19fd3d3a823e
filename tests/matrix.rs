//! Matrix algebra is exact: each operation is checked bit for bit against
//! a plain scalar loop, on random matrices drawn with the crate's own
//! generator.

use constnet::{Matrix, Mt19937};

/// A random `R x C` matrix with entries in [-10, 10), including some exact
/// zeros and negative zeros so signed-zero handling is exercised too.
fn random<const R: usize, const C: usize>(rng: &mut Mt19937) -> Matrix<R, C> {
    Matrix::from_fn(|_, _| match rng.next_u32() % 16 {
        0 => 0.0,
        1 => -0.0,
        _ => 20.0 * rng.next_f64() - 10.0,
    })
}

fn bits<const R: usize, const C: usize>(m: &Matrix<R, C>) -> [[u64; C]; R] {
    m.rows().map(|row| row.map(f64::to_bits))
}

/// The textbook product: each element a sum over the inner index in order.
fn reference_dot<const R: usize, const C: usize, const K: usize>(
    a: &Matrix<R, C>,
    b: &Matrix<C, K>,
) -> Matrix<R, K> {
    let mut out = [[0.0; K]; R];
    for (r, out_row) in out.iter_mut().enumerate() {
        for (k, o) in out_row.iter_mut().enumerate() {
            let mut sum = 0.0;
            for c in 0..C {
                sum += a[(r, c)] * b[(c, k)];
            }
            *o = sum;
        }
    }
    Matrix::new(out)
}

fn check_algebra<const R: usize, const C: usize, const K: usize>(rng: &mut Mt19937) {
    let a: Matrix<R, C> = random(rng);
    let b: Matrix<C, K> = random(rng);
    let a2: Matrix<R, C> = random(rng);

    let ab = a.dot(&b);
    assert_eq!(bits(&ab), bits(&reference_dot(&a, &b)), "dot");
    assert_eq!(
        bits(&ab.transpose()),
        bits(&b.transpose().dot(&a.transpose())),
        "(AB)^T"
    );
    assert_eq!(
        bits(&a.t_dot(&a2)),
        bits(&reference_dot(&a.transpose(), &a2)),
        "t_dot"
    );
    assert_eq!(
        bits(&a.t_dot(&a2)),
        bits(&a.transpose().dot(&a2)),
        "t_dot is transpose().dot()"
    );
    assert_eq!(
        bits(&a.transpose().transpose()),
        bits(&a),
        "transpose twice"
    );

    let sum = Matrix::<R, C>::from_fn(|r, c| a[(r, c)] + a2[(r, c)]);
    let difference = Matrix::<R, C>::from_fn(|r, c| a[(r, c)] - a2[(r, c)]);
    let product = Matrix::<R, C>::from_fn(|r, c| a[(r, c)] * a2[(r, c)]);
    assert_eq!(bits(&(a + a2)), bits(&sum), "+");
    assert_eq!(bits(&(a - a2)), bits(&difference), "-");
    assert_eq!(bits(&a.hadamard(&a2)), bits(&product), "hadamard");
    let mut acc = a;
    acc += a2;
    assert_eq!(bits(&acc), bits(&sum), "+=");
    acc = a;
    acc -= a2;
    assert_eq!(bits(&acc), bits(&difference), "-=");
    let scaled = Matrix::<R, C>::from_fn(|r, c| a[(r, c)] * 0.3);
    assert_eq!(bits(&(a * 0.3)), bits(&scaled), "* f64");
    assert_eq!(bits(&(0.3 * a)), bits(&scaled), "f64 *");
    acc = a;
    acc *= 0.3;
    assert_eq!(bits(&acc), bits(&scaled), "*= f64");
    let divided = Matrix::<R, C>::from_fn(|r, c| a[(r, c)] / 0.3);
    assert_eq!(bits(&(a / 0.3)), bits(&divided), "/ f64");
    let negated = Matrix::<R, C>::from_fn(|r, c| -a[(r, c)]);
    assert_eq!(bits(&(-a)), bits(&negated), "unary -");
    assert_eq!(-(a - a2), a2 - a, "-(a - b) is b - a, up to the sign of 0");

    let mut total = 0.0;
    for r in 0..R {
        for c in 0..C {
            total += a[(r, c)];
        }
    }
    assert_eq!(a.sum().to_bits(), total.to_bits(), "sum");
    for r in 0..R {
        assert_eq!(a.row(r), &a.rows()[r], "row {r}");
        let column = a.transpose().into_rows();
        for (c, transposed_row) in column.iter().enumerate() {
            assert_eq!(a.column(c), *transposed_row, "column {c}");
        }
    }
}

#[test]
fn products_transposes_and_elementwise_ops_match_scalar_loops_bitwise() {
    let mut rng = Mt19937::new(2024);
    for _ in 0..200 {
        check_algebra::<1, 1, 1>(&mut rng);
        check_algebra::<4, 3, 4>(&mut rng);
        check_algebra::<4, 4, 1>(&mut rng);
        check_algebra::<3, 7, 5>(&mut rng);
        check_algebra::<6, 9, 7>(&mut rng);
        check_algebra::<16, 32, 4>(&mut rng);
    }
}

/// A 64 x 128 matrix is 64 KiB, all on the stack; unoptimized builds keep
/// every temporary, so this case runs on a thread with a larger stack.
#[test]
fn large_products_match_scalar_loops_bitwise() {
    std::thread::Builder::new()
        .stack_size(32 << 20)
        .spawn(|| check_algebra::<64, 128, 10>(&mut Mt19937::new(7)))
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn mean_abs_sums_in_row_major_order() {
    let m = Matrix::new([[0.1, -0.2], [0.3, -0.4]]);
    assert_eq!(m.mean_abs(), (((0.1 + 0.2) + 0.3) + 0.4) / 4.0);
}

#[test]
fn from_fn_visits_elements_in_row_major_order() {
    let mut order = Vec::new();
    let m = Matrix::<2, 3>::from_fn(|r, c| {
        order.push((r, c));
        order.len() as f64
    });
    assert_eq!(order, [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]);
    assert_eq!(m.into_rows(), [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]);
}

#[test]
fn arrays_convert_to_matrices_and_back_unchanged() {
    let rows = [[1.0, -0.0], [f64::MIN_POSITIVE, 3.5]];
    let m: Matrix<2, 2> = rows.into();
    assert_eq!(m, Matrix::new(rows));
    let back: [[f64; 2]; 2] = m.into();
    assert_eq!(
        back.map(|row| row.map(f64::to_bits)),
        rows.map(|row| row.map(f64::to_bits))
    );
    let borrowed: &[[f64; 2]; 2] = m.as_ref();
    assert_eq!(borrowed, &rows);
}

#[test]
fn row_argmax_picks_the_first_largest_column_and_any_nan_like_numpy() {
    let m = Matrix::new([
        [0.1, 0.7, 0.2, 0.7],
        [-1.0, -2.0, -3.0, -0.5],
        [5.0, 5.0, 5.0, 5.0],
        [1.0, f64::NAN, 2.0, f64::NAN],
        [f64::NAN, 1.0, 2.0, 3.0],
        [f64::NEG_INFINITY, f64::NEG_INFINITY, f64::INFINITY, 0.0],
    ]);
    assert_eq!(m.row_argmax(), [1, 3, 0, 1, 0, 2]);
}

#[test]
fn sum_of_an_empty_matrix_is_zero() {
    assert_eq!(Matrix::<0, 3>::zeros().sum(), 0.0);
    assert_eq!(Matrix::<2, 0>::zeros().sum(), 0.0);
}
