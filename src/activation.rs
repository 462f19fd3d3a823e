//! Activation functions: the logistic sigmoid `σ(x) = 1 / (1 + e^-x)`, its
//! slope, and the exponential `e^x` underneath both.
//!
//! # Why this module has its own `exp`
//!
//! `f64::exp` lives in `std`, where it calls the platform's C math library;
//! `core` has no exponential at all. So this `no_std` crate computes `e^x`
//! itself, with the classic table-driven method (P. T. P. Tang,
//! "Table-driven implementation of the exponential function in IEEE
//! floating-point arithmetic", ACM TOMS 15(2), 1989), the same method glibc,
//! musl and ARM's optimized-routines use. Two goals shape the code:
//!
//! - **Accuracy.** The result is at most one unit in the last place (ulp)
//!   away from `std`'s `f64::exp`, for every input, including results so
//!   small they are subnormal. `tests/activation.rs` measures this on
//!   millions of points. It matters for the classic experiment too: with
//!   this `exp` the seed example prints the same digits as with `std`'s.
//! - **Speed.** There are no branches and no early returns. Special inputs
//!   are handled by clamping and by letting IEEE arithmetic overflow,
//!   underflow and carry NaN through on its own. So when `exp` is inlined
//!   into a loop over an array, LLVM can vectorize the loop: each SSE2
//!   instruction of baseline x86-64 then works on two inputs at once.
//!
//! # The algorithm
//!
//! Let `ln2` be the natural logarithm of 2. Every `x` is a whole number `n`
//! of steps of size `ln2/128`, plus a small remainder `r`:
//!
//! ```text
//! x = n·ln2/128 + r        n = round(x·128/ln2),  |r| <= ln2/256 ≈ 0.0027
//! n = 128·k + j            k = floor(n/128),      j in 0..128
//! ```
//!
//! and since `e^(n·ln2/128) = 2^(n/128) = 2^k · 2^(j/128)`,
//!
//! ```text
//! e^x = 2^k · 2^(j/128) · e^r
//! ```
//!
//! Each factor is easy in its own way:
//!
//! 1. `2^k` is a power of two, which an `f64` represents exactly; it is
//!    written straight into the exponent field of the bit pattern.
//! 2. `2^(j/128)` takes only 128 values, read from a table.
//! 3. `e^r` is needed only on the tiny interval `|r| <= 0.0027`, where a
//!    degree-5 polynomial is already accurate to `2^-65`.
//!
//! The accuracy rests on one design choice: every rounding error except
//! the last one lands in a *small* term. The final line is
//! `hi + hi·q` with `|q| < 0.0028`, so an error of `ε` relative to `q` is an
//! error of only `0.0028·ε` relative to the result, and the final addition
//! contributes the unavoidable half ulp. ARM reports a worst case of about
//! 0.51 ulp from the true value for this scheme with these coefficients;
//! results in the subnormal range, which are rounded twice (see the last
//! step of [`exp`]), can be off by one ulp. The integration tests check the
//! bound against `std`.

/// `128/ln2`: how many steps of `ln2/128` fit in one unit of `x`.
const STEPS_PER_UNIT: f64 = 184.6649652337873;

/// `ln2/128` rounded to 35 significant bits (the low 18 bits of the
/// significand are zero). For any `|n| < 2^18`, `n·STEP_HI` then has at most
/// 53 significant bits, so the product is exact.
const STEP_HI: f64 = 0.0054152123482253955;

/// `ln2/128 - STEP_HI` rounded to `f64`. Together, `STEP_HI + STEP_LO` is
/// `ln2/128` to about 90 bits, far more than one `f64` could hold.
const STEP_LO: f64 = -1.0082281460997769e-13;

/// `1.5·2^52`. Adding it to a number `v` with `|v| < 2^51` gives a sum in
/// `[2^52, 2^53)`, where consecutive `f64`s are exactly 1 apart, so the sum
/// is `SHIFT + round(v)`: the addition itself rounds `v` to an integer
/// (ties to even). Subtracting `SHIFT` again is exact.
const SHIFT: f64 = 6755399441055744.0;

/// Inputs below this give `e^x < 2^-1076`, less than half the smallest
/// subnormal `2^-1074`, so `e^x` rounds to `0.0`.
const MIN_INPUT: f64 = -746.0;

/// Inputs above this give `e^x > 2^1024`, beyond `f64::MAX`, so `e^x`
/// rounds to infinity.
const MAX_INPUT: f64 = 710.0;

/// The coefficients of `r^2` to `r^5` in the polynomial for `e^r - 1`
/// (the coefficient of `r` is exactly 1). They are the minimax coefficients
/// published with ARM's optimized-routines (`exp_data.c`, also used by
/// glibc), chosen by the Remez algorithm to minimise the largest error on
/// `|r| <= ln2/256`; that error is `1.56·2^-66`. They are close to the Taylor
/// coefficients `1/2, 1/6, 1/24, 1/120` (C2 and C3 to 13 digits, C4 and C5
/// to 6), but better here: Taylor's error would reach `2^-60.7` at the ends
/// of the interval, because a Taylor polynomial is perfect at `r = 0` and
/// worst at the ends, while a minimax polynomial spreads its error evenly.
const C2: f64 = 0.49999999999996786;
/// See [`C2`].
const C3: f64 = 0.16666666666665886;
/// See [`C2`].
const C4: f64 = 0.0416666808410674;
/// See [`C2`].
const C5: f64 = 0.008333335853059549;

/// `2^(j/128)` for `j` in `0..128`, each as a pair `(hi, tail)`:
///
/// - `hi` is the `f64` nearest to `2^(j/128)`, written as its exact bit
///   pattern. All lie in `[1, 2)`, hence the shared exponent field `0x3ff`.
/// - `tail` is the `f64` nearest to `(2^(j/128) - hi) / hi`, the relative
///   error of `hi`. Its size is below `2^-53 ≈ 1.1e-16`, and the decimal is
///   the shortest one that parses back to exactly that `f64`.
///
/// So `hi·(1 + tail)` is `2^(j/128)` to about 106 bits, twice what one `f64`
/// holds. The pairs were computed with 300-bit arithmetic (Python's
/// `mpmath`: `hi = float(2**(j/128))`, `tail = float((2**(j/128) - hi)/hi)`)
/// and match the values in glibc's table, which stores them in another
/// layout. The comment on each row is the true value.
const TWO_POW_J_OVER_128: [(u64, f64); 128] = [
    (0x3ff0000000000000, 0.0),                     // 2^(0/128) = 1.0
    (0x3ff0163da9fb3335, 9.447885451727066e-17),   // 2^(1/128) = 1.0054299011128028
    (0x3ff02c9a3e778061, -1.507066976926039e-17),  // 2^(2/128) = 1.0108892860517005
    (0x3ff04315e86e7f85, -5.679155082825012e-17),  // 2^(3/128) = 1.016378314910953
    (0x3ff059b0d3158574, 4.9997448722726326e-17),  // 2^(4/128) = 1.0218971486541167
    (0x3ff0706b29ddf6de, -4.823683599994895e-17),  // 2^(5/128) = 1.0274459491187637
    (0x3ff0874518759bc8, 7.357846871247418e-18),   // 2^(6/128) = 1.0330248790212284
    (0x3ff09e3ecac6f383, 5.773230223741951e-17),   // 2^(7/128) = 1.0386341019613788
    (0x3ff0b5586cf9890f, 8.189317638195515e-17),   // 2^(8/128) = 1.0442737824274138
    (0x3ff0cc922b7247f7, 5.326891139980878e-17),   // 2^(9/128) = 1.0499440858006873
    (0x3ff0e3ec32d3d1a2, 1.6665881442326747e-18),  // 2^(10/128) = 1.0556451783605572
    (0x3ff0fb66affed31b, -1.128113245461828e-17),  // 2^(11/128) = 1.0613772272892621
    (0x3ff11301d0125b51, -7.402825309426177e-17),  // 2^(12/128) = 1.0671404006768236
    (0x3ff12abdc06c31cc, -3.578659767309563e-18),  // 2^(13/128) = 1.0729348675259756
    (0x3ff1429aaea92de0, -6.170654745608695e-17),  // 2^(14/128) = 1.0787607977571198
    (0x3ff15a98c8a58e51, 2.919139999949279e-17),   // 2^(15/128) = 1.0846183622133092
    (0x3ff172b83c7d517b, -2.7939114859515733e-17), // 2^(16/128) = 1.0905077326652577
    (0x3ff18af9388c8dea, -5.399285355184285e-17),  // 2^(17/128) = 1.0964290818163768
    (0x3ff1a35beb6fcb75, 4.776959425256223e-17),   // 2^(18/128) = 1.1023825833078409
    (0x3ff1bbe084045cd4, -7.927701432338473e-17),  // 2^(19/128) = 1.1083684117236786
    (0x3ff1d4873168b9aa, 9.341710609905046e-17),   // 2^(20/128) = 1.1143867425958925
    (0x3ff1ed5022fcd91d, -5.534520675707472e-17),  // 2^(21/128) = 1.1204377524096067
    (0x3ff2063b88628cd6, 4.585670326662351e-17),   // 2^(22/128) = 1.1265216186082419
    (0x3ff21f49917ddc96, 2.8582430411116143e-17),  // 2^(23/128) = 1.1326385195987192
    (0x3ff2387a6e756238, 7.826573258636076e-17),   // 2^(24/128) = 1.1387886347566917
    (0x3ff251ce4fb2a63f, 4.053626906769216e-17),   // 2^(25/128) = 1.1449721444318042
    (0x3ff26b4565e27cdd, 2.823784425951061e-17),   // 2^(26/128) = 1.1511892299529827
    (0x3ff284dfe1f56381, -7.882802262487991e-17),  // 2^(27/128) = 1.157440073633751
    (0x3ff29e9df51fdee1, 3.2904726646008416e-17),  // 2^(28/128) = 1.1637248587775775
    (0x3ff2b87fd0dad990, -1.5792094703347882e-18), // 2^(29/128) = 1.1700437696832502
    (0x3ff2d285a6e4030b, 4.721368121170128e-17),   // 2^(30/128) = 1.1763969916502813
    (0x3ff2ecafa93e2f56, 1.3045277096919659e-17),  // 2^(31/128) = 1.182784710984341
    (0x3ff306fe0a31b715, 3.3484623336251524e-17),  // 2^(32/128) = 1.1892071150027211
    (0x3ff32170fc4cd831, 3.8611199774925664e-17),  // 2^(33/128) = 1.1956643920398274
    (0x3ff33c08b26416ff, 5.527550048505249e-17),   // 2^(34/128) = 1.2021567314527031
    (0x3ff356c55f929ff1, -3.927184172445234e-17),  // 2^(35/128) = 1.2086843236265816
    (0x3ff371a7373aa9cb, -6.346552106729483e-17),  // 2^(36/128) = 1.2152473599804689
    (0x3ff38cae6d05d866, -8.684417614865944e-17),  // 2^(37/128) = 1.2218460329727575
    (0x3ff3a7db34e59ff7, -1.5456342819397733e-17), // 2^(38/128) = 1.22848053610687
    (0x3ff3c32dc313a8e5, -8.70763476495455e-17),   // 2^(39/128) = 1.2351510639369333
    (0x3ff3dea64c123422, 3.750854201303127e-17),   // 2^(40/128) = 1.241857812073484
    (0x3ff3fa4504ac801c, -6.616854503526488e-17),  // 2^(41/128) = 1.2486009771892047
    (0x3ff4160a21f72e2a, -5.346099009198751e-18),  // 2^(42/128) = 1.2553807570246911
    (0x3ff431f5d950a897, -2.443726321015018e-17),  // 2^(43/128) = 1.2621973503942507
    (0x3ff44e086061892d, 2.1023049675215714e-18),  // 2^(44/128) = 1.2690509571917332
    (0x3ff46a41ed1d0057, 7.771067937501065e-17),   // 2^(45/128) = 1.2759417783963921
    (0x3ff486a2b5c13cd0, 1.3357510088834541e-17),  // 2^(46/128) = 1.2828700160787783
    (0x3ff4a32af0d7d3de, 6.938291696959204e-17),   // 2^(47/128) = 1.2898358734066658
    (0x3ff4bfdad5362a27, 1.9572585293112036e-17),  // 2^(48/128) = 1.2968395546510097
    (0x3ff4dcb299fddd0d, 6.632256961675804e-17),   // 2^(49/128) = 1.3038812651919359
    (0x3ff4f9b2769d2ca7, -5.478069123926778e-17),  // 2^(50/128) = 1.3109612115247643
    (0x3ff516daa2cf6642, -4.140839310392624e-17),  // 2^(51/128) = 1.318079601266064
    (0x3ff5342b569d4f82, -2.1571477251208752e-17), // 2^(52/128) = 1.3252366431597413
    (0x3ff551a4ca5d920f, -3.8287766552120535e-17), // 2^(53/128) = 1.3324325470831614
    (0x3ff56f4736b527da, 6.663804589232195e-17),   // 2^(54/128) = 1.339667524053303
    (0x3ff58d12d497c7fd, 2.3936187400285282e-17),  // 2^(55/128) = 1.3469417862329458
    (0x3ff5ab07dd485429, 5.68648095791174e-17),    // 2^(56/128) = 1.3542555469368927
    (0x3ff5c9268a5946b7, 1.1264523354521684e-18),  // 2^(57/128) = 1.3616090206382248
    (0x3ff5e76f15ad2148, 7.007875046906994e-17),   // 2^(58/128) = 1.3690024229745906
    (0x3ff605e1b976dc09, -5.0119214278381254e-17), // 2^(59/128) = 1.3764359707545301
    (0x3ff6247eb03a5585, -4.8923067513522756e-17), // 2^(60/128) = 1.383909881963832
    (0x3ff6434634ccc320, -3.5260089953269434e-17), // 2^(61/128) = 1.3914243757719262
    (0x3ff6623882552225, -6.872303720902018e-17),  // 2^(62/128) = 1.3989796725383111
    (0x3ff68155d44ca973, 5.001446664133532e-18),   // 2^(63/128) = 1.4065759938190154
    (0x3ff6a09e667f3bcd, -6.835808657661922e-17),  // 2^(64/128) = 1.414213562373095
    (0x3ff6c012750bdabf, -1.1307344092910212e-17), // 2^(65/128) = 1.4218926021691656
    (0x3ff6dfb23c651a2f, -8.416011634717156e-18),  // 2^(66/128) = 1.42961333839197
    (0x3ff6ff7df9519484, -2.9247977035436566e-17), // 2^(67/128) = 1.4373759974489823
    (0x3ff71f75e8ec5f74, -2.092304381843353e-17),  // 2^(68/128) = 1.4451808069770466
    (0x3ff73f9a48a58174, -3.9778645875427124e-17), // 2^(69/128) = 1.4530279958490526
    (0x3ff75feb564267c9, -3.833464968654295e-17),  // 2^(70/128) = 1.460917794180647
    (0x3ff780694fde5d3f, 5.763611164480894e-17),   // 2^(71/128) = 1.4688504333369819
    (0x3ff7a11473eb0187, -2.3591094770850053e-17), // 2^(72/128) = 1.4768261459394993
    (0x3ff7c1ed0130c132, 7.260074661098575e-17),   // 2^(73/128) = 1.4848451658727525
    (0x3ff7e2f336cf4e62, 9.50689710108796e-18),    // 2^(74/128) = 1.4929077282912648
    (0x3ff80427543e1a12, -4.272956133839906e-17),  // 2^(75/128) = 1.5010140696264255
    (0x3ff82589994cce13, -6.735219232374683e-17),  // 2^(76/128) = 1.5091644275934227
    (0x3ff8471a4623c7ad, -2.8396044410430936e-17), // 2^(77/128) = 1.5173590411982147
    (0x3ff868d99b4492ed, -7.226635472101257e-17),  // 2^(78/128) = 1.5255981507445383
    (0x3ff88ac7d98a6699, 5.786121003395918e-17),   // 2^(79/128) = 1.533881997840956
    (0x3ff8ace5422aa0db, 5.1548301170786783e-17),  // 2^(80/128) = 1.5422108254079408
    (0x3ff8cf3216b5448c, -9.416257568878152e-18),  // 2^(81/128) = 1.550584877685
    (0x3ff8f1ae99157736, 2.4253985766689806e-17),  // 2^(82/128) = 1.559004400237837
    (0x3ff9145b0b91ffc6, -6.604314051707707e-17),  // 2^(83/128) = 1.5674696399655529
    (0x3ff93737b0cdc5e5, -6.432131775424189e-18),  // 2^(84/128) = 1.5759808451078865
    (0x3ff95a44cbc8520f, -1.2204007601863921e-17), // 2^(85/128) = 1.5845382652524937
    (0x3ff97d829fde4e50, -6.336161863401293e-17),  // 2^(86/128) = 1.5931421513422669
    (0x3ff9a0f170ca07ba, -3.7800879246373815e-17), // 2^(87/128) = 1.6017927556826934
    (0x3ff9c49182a3f090, 1.5341410053603723e-17),  // 2^(88/128) = 1.6104903319492543
    (0x3ff9e86319e32323, 1.2932855580427452e-17),  // 2^(89/128) = 1.6192351351948637
    (0x3ffa0c667b5de565, -4.123367330661149e-17),  // 2^(90/128) = 1.6280274218573478
    (0x3ffa309bec4a2d33, 4.703083974463456e-17),   // 2^(91/128) = 1.6368674497669645
    (0x3ffa5503b23e255d, -6.152602891550265e-17),  // 2^(92/128) = 1.6457554781539648
    (0x3ffa799e1330b358, 5.827849326195279e-17),   // 2^(93/128) = 1.6546917676561944
    (0x3ffa9e6b5579fdbf, 3.540948262646183e-17),   // 2^(94/128) = 1.6636765803267364
    (0x3ffac36bbfd3f37a, -3.2741571320938764e-17), // 2^(95/128) = 1.6727101796415966
    (0x3ffae89f995ad3ad, 4.875160526227062e-17),   // 2^(96/128) = 1.6817928305074291
    (0x3ffb0e07298db666, -5.718569790077838e-17),  // 2^(97/128) = 1.6909247992693052
    (0x3ffb33a2b84f15fb, -4.719539664590972e-18),  // 2^(98/128) = 1.7001063537185235
    (0x3ffb59728de5593a, -5.773451958805706e-17),  // 2^(99/128) = 1.7093377631004628
    (0x3ffb7f76f2fb5e47, -1.0772487078934056e-17), // 2^(100/128) = 1.7186192981224779
    (0x3ffba5b030a1064a, -6.221808618533911e-17),  // 2^(101/128) = 1.7279512309618376
    (0x3ffbcc1e904bc1d2, 1.821405440362259e-17),   // 2^(102/128) = 1.7373338352737062
    (0x3ffbf2c25bd71e09, -6.155536546227639e-17),  // 2^(103/128) = 1.7467673861991689
    (0x3ffc199bdd85529c, 1.685487290628973e-17),   // 2^(104/128) = 1.7562521603732995
    (0x3ffc40ab5fffd07a, 5.3581249177694816e-17),  // 2^(105/128) = 1.7657884359332728
    (0x3ffc67f12e57d14b, 3.621615935336894e-17),   // 2^(106/128) = 1.7753764925265213
    (0x3ffc8f6d9406e7b5, 8.588379527574144e-18),   // 2^(107/128) = 1.785016611318935
    (0x3ffcb720dcef9069, 1.01562190116415e-17),    // 2^(108/128) = 1.7947090750031072
    (0x3ffcdf0b555dc3fa, -2.869134889187244e-17),  // 2^(109/128) = 1.8044541678066239
    (0x3ffd072d4a07897c, -5.495118966122005e-17),  // 2^(110/128) = 1.8142521755003988
    (0x3ffd2f87080d89f2, -5.56965572431627e-17),   // 2^(111/128) = 1.8241033854070533
    (0x3ffd5818dcfba487, 1.790126907604513e-17),   // 2^(112/128) = 1.8340080864093425
    (0x3ffd80e316c98398, -3.2211766346200164e-17), // 2^(113/128) = 1.8439665689586259
    (0x3ffda9e603db3285, 5.265370768556274e-17),   // 2^(114/128) = 1.8539791250833856
    (0x3ffdd321f301b460, 3.5089866402403033e-17),  // 2^(115/128) = 1.864046048397789
    (0x3ffdfc97337b9b5f, -3.266924100901318e-17),  // 2^(116/128) = 1.8741676341102999
    (0x3ffe264614f5a129, -4.3657593008079375e-17), // 2^(117/128) = 1.8843441790323344
    (0x3ffe502ee78b3ff6, 1.7963932659833022e-17),  // 2^(118/128) = 1.8945759815869656
    (0x3ffe7a51fbc74c83, 3.4300925275214166e-17),  // 2^(119/128) = 1.9048633418176742
    (0x3ffea4afa2a490da, -5.545065618639427e-17),  // 2^(120/128) = 1.9152065613971473
    (0x3ffecf482d8e67f1, -5.149009745457733e-17),  // 2^(121/128) = 1.9256059436361249
    (0x3ffefa1bee615a27, 5.336805878514151e-17),   // 2^(122/128) = 1.9360617934922945
    (0x3fff252b376bba97, 3.498978661192973e-17),   // 2^(123/128) = 1.9465744175792333
    (0x3fff50765b6e4540, 4.5784915277060095e-17),  // 2^(124/128) = 1.9571441241754003
    (0x3fff7bfdad9cbe14, -5.241934575393899e-17),  // 2^(125/128) = 1.9677712232331758
    (0x3fffa7c1819e90d8, 2.0414278897578303e-17),  // 2^(126/128) = 1.978456026387951
    (0x3fffd3c22b8f71f1, 4.124842848606488e-18),   // 2^(127/128) = 1.9891988469672664
];

/// `2^k` for `-1022 <= k <= 1023`, built directly from its bit pattern: a
/// power of two has a zero significand and the biased exponent `k + 1023`.
#[inline]
fn two_to(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// The exponential function `e^x`, within 1 ulp of `std`'s `f64::exp`.
///
/// `exp(0.0)` is exactly `1.0`. Results above `f64::MAX` (`x > 709.782...`)
/// are `+∞`, results too small for even a subnormal (`x < -745.133...`) are
/// `0.0`, `exp(+∞) = +∞`, `exp(-∞) = 0` and `exp(NaN)` is NaN. The module
/// documentation explains the method.
///
/// ```
/// use constnet::exp;
///
/// assert_eq!(exp(0.0), 1.0);
/// assert!((exp(1.0) - core::f64::consts::E).abs() <= f64::EPSILON);
/// assert_eq!(exp(-1000.0), 0.0);
/// assert_eq!(exp(1000.0), f64::INFINITY);
/// assert!(exp(f64::NAN).is_nan());
/// ```
#[inline]
pub fn exp(x: f64) -> f64 {
    // Clamp. Outside [-746, 710] the answer is 0 or +∞ anyway, and the
    // clamped inputs still produce exactly those answers below. Clamping
    // keeps n and k in the ranges where the integer tricks below are valid,
    // and turns ±∞ into ordinary numbers. NaN stays NaN (that is how `clamp`
    // is defined) and then turns every float computed from it into NaN; the
    // integers taken from its bits below are meaningless but harmless (j is
    // still below 128), and the NaN wins the final product.
    let x = x.clamp(MIN_INPUT, MAX_INPUT);

    // n = round(x·128/ln2), as an f64, by the SHIFT trick. |x·128/ln2| is at
    // most 746·185 < 2^18, far inside the |v| < 2^51 the trick needs.
    let shifted = x * STEPS_PER_UNIT + SHIFT;
    let n = shifted - SHIFT;

    // r = x - n·ln2/128 (Cody and Waite's two-step reduction). n·STEP_HI is
    // exact (see STEP_HI), and x - n·STEP_HI is exact too: either n = 0, or
    // the two are within a factor of 2 of each other (Sterbenz's lemma).
    // Only the last two operations round, and their errors are below 2^-60,
    // tiny next to e^r, which is close to 1.
    let r = (x - n * STEP_HI) - n * STEP_LO;

    // The bits of `shifted` hold n as an integer: its exponent field puts
    // the value in [2^52, 2^53), where the significand counts in units of
    // 1, so the bit pattern of SHIFT + n is SHIFT's pattern plus n.
    let n_int = shifted.to_bits() as i64 - SHIFT.to_bits() as i64;
    // n = 128·k + j. In two's complement the low 7 bits are n mod 128 and an
    // arithmetic shift right by 7 is floor(n / 128), for negative n too.
    let j = (n_int & 127) as usize;
    let k = n_int >> 7;

    // 2^(j/128)·e^r = hi·(1 + tail)·(1 + p), where p ≈ e^r - 1 is the
    // polynomial r + C2·r² + C3·r³ + C4·r⁴ + C5·r⁵. Multiplied out that is
    // hi·(1 + q) with q = tail + p + tail·p; the product tail·p is below
    // 2^-53·0.0028 < 2^-61, too small to matter, so q = tail + p. The
    // polynomial is evaluated as two independent halves (r² and r⁴ parts),
    // which shortens the chain of dependent operations.
    let (hi_bits, tail) = TWO_POW_J_OVER_128[j];
    let hi = f64::from_bits(hi_bits);
    let r2 = r * r;
    let q = tail + r + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5);
    let y = hi + hi * q;

    // Times 2^k. After clamping, k is between -1077 and 1024, but a single
    // f64 power of two covers only -1022..=1023. So split 2^k = 2^k1 · 2^k2
    // with k1 = floor(k/2) and k2 = k - k1, both in -539..=512. The product
    // y·2^k1 is exact (y is between 0.99 and 2.01, so it stays far from
    // both ends of the f64 range). The second multiplication is exact
    // whenever e^x is a normal f64; otherwise it rounds the result into the
    // subnormal range (gradual underflow), to zero, or up to +∞, exactly as
    // IEEE 754 prescribes, with no branch in sight. In the subnormal range
    // this rounds an already rounded y a second time, which can cost one
    // more ulp in rare cases; the tests cover that range.
    let k1 = k >> 1;
    let k2 = k - k1;
    y * two_to(k1) * two_to(k2)
}

/// The logistic sigmoid `σ(x) = 1 / (1 + e^-x)`.
///
/// It squashes every input into `[0, 1]` and is never NaN for a finite
/// input: far below zero `e^-x` overflows to `+∞` and `1 / (1 + ∞) = 0`.
/// `σ(0) = 0.5` exactly, and `σ(-x) = 1 - σ(x)` up to rounding.
///
/// ```
/// use constnet::sigmoid;
///
/// assert_eq!(sigmoid(0.0), 0.5);
/// assert!((sigmoid(2.0) - 0.8807970779778823).abs() < 1e-15);
/// assert_eq!(sigmoid(-800.0), 0.0);
/// assert_eq!(sigmoid(40.0), 1.0);
/// ```
#[inline]
pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + exp(-x))
}

/// The slope of the sigmoid, `σ'(x) = σ(x)·(1 - σ(x))`, written in terms of
/// `y = σ(x)`: `σ'(x) = y·(1 - y)`.
///
/// It takes the sigmoid's *output* because backpropagation already has it
/// and so never needs `x` again.
///
/// ```
/// use constnet::{sigmoid, sigmoid_derivative};
///
/// // The sigmoid is steepest at x = 0, where y = 0.5: slope 0.25.
/// assert_eq!(sigmoid_derivative(sigmoid(0.0)), 0.25);
/// assert_eq!(sigmoid_derivative(1.0), 0.0);
/// ```
#[inline]
pub fn sigmoid_derivative(y: f64) -> f64 {
    y * (1.0 - y)
}
