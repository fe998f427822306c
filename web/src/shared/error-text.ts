// What the API's error codes mean to an analyst, in Vietnamese; anything else shows the server's message.
const MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: 'Cần khóa truy cập hợp lệ: nhập khóa ở góc trên.',
  FORBIDDEN: 'Khóa này không được xem số liệu đã chọn.',
  UNKNOWN_METRIC: 'Không có chỉ tiêu này.',
  INVALID_PERIOD: 'Kỳ báo cáo không hợp lệ.',
  INVALID_SCOPE: 'Phạm vi không hợp lệ.',
  GROUPING_NOT_ALLOWED: 'Chỉ tiêu này không chia theo đơn vị được.',
  ANALYTICS_NOT_READY: 'Kho số liệu phân tích đang được đồng bộ, vui lòng thử lại sau ít phút.',
  ANALYTICS_UNAVAILABLE: 'Máy chủ chưa bật phần phân tích.',
  OPERATION_NOT_ALLOWED: 'Máy chủ không cho phép truy vấn này.',
  NETWORK: 'Không kết nối được máy chủ.',
  EXPORT_TIMEOUT: 'Tạo tệp quá lâu; thử lại sau.',
  EXPORTS_UNAVAILABLE: 'Máy chủ chưa bật chức năng xuất tệp.',
};

/** A Vietnamese sentence for an API error code. */
export function errorText(code: string | undefined, serverMessage: string): string {
  return (code && MESSAGES[code]) || `Lỗi: ${serverMessage}`;
}
