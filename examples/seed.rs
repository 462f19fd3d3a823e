//! The classic experiment: a 3-4-1 sigmoid network trained three times on
//! four samples, from weights all 0, all 2, and uniform in [-1, 1) drawn as
//! numpy draws them after `np.random.seed(1)`.
//!
//! Run with `cargo run --release --example seed`.

use constnet::{Init, Matrix, Mt19937, TwoLayer};

fn main() {
    let x = Matrix::new([
        [0.5, 0.9, 1.0],
        [2.0, 1.0, 1.0],
        [0.3, 0.6, 1.0],
        [1.5, 0.9, 0.6],
    ]);
    let y = Matrix::new([[1.0], [3.0], [2.0], [0.0]]);
    let runs = [
        ("weights all 0", Init::Zeros),
        ("weights all 2", Init::Constant(2.0)),
        (
            "weights uniform in [-1, 1), seed 1",
            Init::Uniform {
                low: -1.0,
                high: 1.0,
            },
        ),
    ];
    for (heading, init) in runs {
        println!("== {heading} ==");
        let mut net: TwoLayer<3, 4, 1> = TwoLayer::new(init, &mut Mt19937::new(1));
        for step in 0..60_000 {
            let error = net.train_step(&x, &y, 1.0);
            if step % 10_000 == 0 {
                println!("Error:{error}");
            }
        }
        println!("Output After Training:");
        println!("W1= {}", net.w1());
        println!("W2= {}", net.w2());
    }
}
