/**
 * Indonesian (Bahasa Indonesia): TikTok Shop's words in Seller Center's Indonesian UI, from the
 * Income files of May/June 2026 (docs/research/settlement.md §1a and §2, source S10).
 */
import type { Glossary } from "../glossary";

const glossary: Glossary = {
  fees: {
    commission: ["Biaya komisi platform"],
    transaction: ["Biaya Pembayaran"],
    refundAdmin: [],
    orderFee: ["Biaya pemrosesan pesanan"],
    growth: [],
    dynamicCommission: [],
  },
  columns: {
    settlement: ["Jumlah penyelesaian pembayaran"],
    revenue: ["Total Pendapatan"],
    totalFees: ["Total Biaya"],
    adjustment: ["Jumlah penyesuaian"],
    subtotalAfter: ["Subtotal setelah diskon penjual"],
    refundSubtotalAfter: ["Subtotal pengembalian dana setelah diskon penjual"],
    customerPayment: ["Pembayaran oleh pembeli"],
    customerRefund: ["Pengembalian dana pembeli"],
    platformDiscount: ["Diskon platform"],
    platformDiscountRefund: ["Pengembalian dana diskon platform"],
  },
};

export default glossary;
