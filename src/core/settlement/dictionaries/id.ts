/**
 * Indonesian exports: the Income file of May/June 2026 in Seller Center's Indonesian UI, sheet
 * `Detail pesanan` (docs/research/settlement.md §1a and §2, source S10).
 */
import glossary from "../../../i18n/id/glossary";
import { type HeaderDictionary, glossaryColumns } from "./dictionary";

export const ID_DICTIONARY: HeaderDictionary = {
  language: "id",
  columns: {
    ...glossaryColumns(glossary),
    id: ["ID Pesanan/Penyesuaian"],
    type: ["Jenis transaksi"],
    created: ["Waktu pemesanan"],
    settled: ["Waktu pembayaran pesanan"],
    currency: ["Mata uang"],
    relatedOrderId: ["ID pesanan terkait"],
  },
  sheets: ["Detail pesanan"],
  types: { Pesanan: "order", Pengembalian: "refund", "Pengembalian dana": "refund" },
  breakdowns: [
    {
      // The commission and its breakdown (S10): before discount, less the two discounts.
      total: ["Biaya komisi platform"],
      parts: ["Biaya komisi sebelum diskon", "Diskon (dari belanja iklan)", "Diskon komisi lainnya"],
      add: "total",
    },
  ],
};
