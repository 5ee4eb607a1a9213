// Words for synthetic Vietnamese people and businesses: common family names, middle and given names,
// ethnic groups (of the 54 recognised), street names found in most cities, and VSIC 2018 business lines.
export const familyNames = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý']
export const middleNames = {
  male: ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thành', 'Công', 'Xuân', 'Gia', 'Anh'],
  female: ['Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Phương', 'Kim', 'Bảo', 'Hồng']
}
export const givenNames = {
  male: ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hiếu', 'Hùng', 'Khoa', 'Long', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Thắng', 'Trung', 'Tuấn', 'Việt', 'Vinh'],
  female: ['Anh', 'Châu', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Ngân', 'Nhung', 'Oanh', 'Phượng', 'Quyên', 'Thảo', 'Trang', 'Vân', 'Yến']
}
export const ethnicities = ['Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Hoa', 'Nùng', 'Mông']
export const religions = ['Không', 'Không', 'Không', 'Không', 'Phật giáo', 'Công giáo', 'Cao Đài', 'Tin Lành']
export const streets = ['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Quang Trung', 'Nguyễn Huệ', 'Hùng Vương', 'Lê Duẩn', 'Phan Đình Phùng', 'Điện Biên Phủ', 'Trần Phú']
export const businessLines = [
  { code: '4690', name: 'Bán buôn tổng hợp' },
  { code: '4711', name: 'Bán lẻ lương thực, thực phẩm, đồ uống, thuốc lá, thuốc lào chiếm tỷ trọng lớn trong các cửa hàng kinh doanh tổng hợp' },
  { code: '5610', name: 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động' },
  { code: '6201', name: 'Lập trình máy vi tính' },
  { code: '4933', name: 'Vận tải hàng hóa bằng đường bộ' },
  { code: '4100', name: 'Xây dựng nhà các loại' },
  { code: '7020', name: 'Hoạt động tư vấn quản lý' },
  { code: '1410', name: 'May trang phục (trừ trang phục từ da lông thú)' },
  { code: '6810', name: 'Kinh doanh bất động sản, quyền sử dụng đất thuộc chủ sở hữu, chủ sử dụng hoặc đi thuê' },
  { code: '8559', name: 'Giáo dục khác chưa được phân vào đâu' }
]
export const enterpriseKinds = [
  { type: 'Công ty trách nhiệm hữu hạn một thành viên', prefix: 'CÔNG TY TNHH' },
  { type: 'Công ty trách nhiệm hữu hạn hai thành viên trở lên', prefix: 'CÔNG TY TNHH' },
  { type: 'Công ty cổ phần', prefix: 'CÔNG TY CỔ PHẦN' }
]
export const tradeWords = ['THƯƠNG MẠI', 'DỊCH VỤ', 'XÂY DỰNG', 'CÔNG NGHỆ', 'SẢN XUẤT', 'VẬN TẢI', 'TƯ VẤN', 'ĐẦU TƯ']
export const brandWords = ['AN PHÁT', 'HƯNG THỊNH', 'MINH ANH', 'THÀNH ĐẠT', 'PHÚ GIA', 'SAO VIỆT', 'TÂN TIẾN', 'HOÀNG LONG', 'BẢO NGỌC', 'ĐẠI NAM', 'KIM CƯƠNG', 'VIỆT HÀN']
